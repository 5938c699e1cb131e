package io.vankien.web;

/**
 * What Jetty would otherwise work out slowly at start-up. Its {@code MemoryUtils} asks the JVM's diagnostic
 * MBean whether object references are compressed, to pad its queues to a cache line; that starts the whole
 * platform MBean server (JMX), about a tenth of the main thread's work up to the first answer on the 100k
 * archive (JFR, BENCHMARKS.md "Start-up"). Jetty takes the answer from a system property when set, so it is
 * set here from the heap size instead: the JVM compresses references below 32 GB of heap unless told not to.
 * A wrong guess only changes the queues' padding, never their behaviour.
 */
final class JettyStartup {
  static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
  private static final int CACHE_LINE_BYTES = 64; // Jetty's default, org.eclipse.jetty.util.cacheLineBytes
  private static final long COMPRESSED_REFERENCES_BELOW = 32L << 30;

  private JettyStartup() {}

  /** Sets the property unless the operator did; call before the first Jetty class is used. */
  static void prepare() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      System.setProperty(REFERENCES_PER_CACHE_LINE, String.valueOf(referencesPerCacheLine(Runtime.getRuntime().maxMemory())));
    }
  }

  static int referencesPerCacheLine(long maxHeapBytes) {
    return CACHE_LINE_BYTES / (maxHeapBytes < COMPRESSED_REFERENCES_BELOW ? 4 : 8);
  }
}
