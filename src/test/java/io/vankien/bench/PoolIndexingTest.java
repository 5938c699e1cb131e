package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolIndexingTest {
  @TempDir Path tmp;

  private List<Path> files(int n) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      files.add(Files.writeString(tmp.resolve("f" + i + ".txt"), "text " + i));
    }
    return files;
  }

  private static Document named(Path f) {
    Document d = new Document();
    d.add(new StringField("name", f.getFileName().toString(), Field.Store.YES));
    return d;
  }

  @Test
  void everyFileIsIndexedOnceAndCommitted() throws Exception {
    List<Path> files = files(25);
    try (FSDirectory dir = FSDirectory.open(tmp.resolve("index"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      PoolIndexing.index(files, 3, w, PoolIndexingTest::named);
      try (DirectoryReader r = DirectoryReader.open(dir)) { // the committed view, not the writer's
        TreeSet<String> names = new TreeSet<>();
        StoredFields stored = r.storedFields();
        for (int i = 0; i < r.maxDoc(); i++) {
          names.add(stored.document(i).get("name"));
        }
        assertEquals(25, r.numDocs());
        assertEquals(25, names.size());
      }
    }
  }

  @Test
  void aFailingFileEndsTheRunWithItsOwnException() throws Exception {
    List<Path> files = files(5);
    try (FSDirectory dir = FSDirectory.open(tmp.resolve("index"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      IOException e = assertThrows(IOException.class, () -> PoolIndexing.index(files, 2, w, f -> {
        if (f.getFileName().toString().equals("f3.txt")) {
          throw new IOException("cannot read f3");
        }
        return named(f);
      }));
      assertEquals("cannot read f3", e.getMessage());
    }
  }
}
