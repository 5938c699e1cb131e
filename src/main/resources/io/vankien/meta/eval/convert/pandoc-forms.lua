-- vankien: writes the document read by pandoc in every form listed in the environment variable
-- VANKIEN_PANDOC_FORMS, one line each: "FORMAT<TAB>WRAP<TAB>PATH" (FORMAT as pandoc's -t, e.g.
-- "markdown-grid_tables-simple_tables-pipe_tables"; WRAP as its --wrap: auto, none, preserve).
-- pandoc.write gives the bytes `pandoc FILE -t FORMAT --wrap=WRAP -o PATH` writes (PandocBatchTest checks
-- it), from one read of the Word file.
function Pandoc(doc)
  for line in os.getenv('VANKIEN_PANDOC_FORMS'):gmatch('[^\n]+') do
    local format, wrap, path = line:match('^([^\t]+)\t([^\t]+)\t(.+)$')
    local out = assert(io.open(path, 'wb'))
    local text = pandoc.write(doc, format, {wrap_text = 'wrap-' .. wrap})
    out:write(text)
    if text:sub(-1) ~= '\n' then
      out:write('\n')
    end
    out:close()
  end
  return doc
end
