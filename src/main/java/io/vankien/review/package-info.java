/**
 * The archivists' review queue: documents whose number, date, title, province or issuer is missing or
 * uncertain ({@link io.vankien.meta.ReviewProblems}), each value with the line of the text it came from
 * ({@link io.vankien.review.SourceLines}), read through the archive's one searcher with the caller's scope
 * ({@link io.vankien.review.ReviewQueue}).
 */
package io.vankien.review;
