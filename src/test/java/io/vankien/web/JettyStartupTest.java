package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The answer Jetty would ask JMX for, from the heap size: 4-byte references below 32 GB, 8-byte above. */
class JettyStartupTest {
  @Test
  void sixteenReferencesPerCacheLineBelow32GbOfHeapAndEightAbove() {
    assertEquals(16, JettyStartup.referencesPerCacheLine(1L << 30));
    assertEquals(16, JettyStartup.referencesPerCacheLine((32L << 30) - 1));
    assertEquals(8, JettyStartup.referencesPerCacheLine(32L << 30));
    assertEquals(8, JettyStartup.referencesPerCacheLine(64L << 30));
  }

  @Test
  void anOperatorsValueIsKept() {
    String before = System.getProperty(JettyStartup.REFERENCES_PER_CACHE_LINE);
    try {
      System.setProperty(JettyStartup.REFERENCES_PER_CACHE_LINE, "7");
      JettyStartup.prepare();
      assertEquals("7", System.getProperty(JettyStartup.REFERENCES_PER_CACHE_LINE));
    } finally {
      if (before == null) {
        System.clearProperty(JettyStartup.REFERENCES_PER_CACHE_LINE);
      } else {
        System.setProperty(JettyStartup.REFERENCES_PER_CACHE_LINE, before);
      }
    }
  }
}
