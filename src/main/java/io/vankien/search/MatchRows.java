package io.vankien.search;

import io.vankien.cite.TypedCitation;
import io.vankien.index.ArchivedDocument;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * What an export makes of each match, and where it sends it. {@link #row} is the CPU work (reading a document's
 * typed citations, writing its JSON or CSV), done in a search turn beside the searches ({@link SearchTurns});
 * {@link #write} sends the row to a reader who may be slow, out of any turn, so a slow download never holds a turn.
 *
 * @param <R> a row as made, before it is sent
 */
public interface MatchRows<R> {
  /** The row of one match, in the order of the results pages. */
  R row(ArchivedDocument d);

  /**
   * The row of one match read as its stored record (no text) and the typed citations stored beside it ({@link
   * SearchService.Load#CITATIONS}); by default {@link #row(ArchivedDocument)} of the record.
   */
  default R row(ArchivedDocument record, List<TypedCitation> citations) {
    return row(record);
  }

  /** Sends a row made by {@link #row}, in the same order. */
  void write(R row) throws IOException;

  /** Each match handed to {@code sink} as it is: the sink's own work is done out of the turns. */
  static MatchRows<ArchivedDocument> of(Consumer<ArchivedDocument> sink) {
    return new MatchRows<>() {
      @Override
      public ArchivedDocument row(ArchivedDocument d) {
        return d;
      }

      @Override
      public void write(ArchivedDocument d) {
        sink.accept(d);
      }
    };
  }
}
