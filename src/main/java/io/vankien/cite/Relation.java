package io.vankien.cite;

/**
 * A kind of link from a citing document to a symbol it cites (relations.tsv): its code ("implements"),
 * its Vietnamese label, its rank (0 the strongest: a document citing a symbol several times has its
 * strongest relation to it) and whether the citing document belongs to the cited one's implementation chain.
 */
public record Relation(String code, String label, int rank, boolean chain) {}
