package io.vankien.cite;

/**
 * A symbol a document cites, the relation the document has to it and the sentence it was read from (null
 * when the symbol is nowhere in the text: a citation given by hand with the metadata).
 */
public record TypedCitation(String number, Relation relation, String sentence) {}
