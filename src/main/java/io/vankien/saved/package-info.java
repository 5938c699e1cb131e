/**
 * Saved searches and bookmarks with notes, per account ({@link io.vankien.saved.SavedStore}); an anonymous
 * browser keeps its own in localStorage (web/js/saved.js).
 */
package io.vankien.saved;
