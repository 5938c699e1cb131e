package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  @Test
  void anEnvironmentTokenIsHeldToTheFileTokensLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServeCommand.envToken("a"));
    assertTrue(e.getMessage().contains("VANKIEN_STAFF_TOKEN"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ServeCommand.envToken(" 12345678901 "));
    assertEquals("123456789012", ServeCommand.envToken(" 123456789012 "));
    assertNull(ServeCommand.envToken("  "));
    assertNull(ServeCommand.envToken(null));
  }

  @Test
  void corsOriginsMustBePlainOrigins() {
    assertEquals(List.of("https://intranet.example:8443"), ServeCommand.corsOrigins(List.of("https://intranet.example:8443")));
    for (String bad : List.of("*", "intranet.example", "https://a.example/path", "ftp://a.example", "https://u@a.example")) {
      assertThrows(IllegalArgumentException.class, () -> ServeCommand.corsOrigins(List.of(bad)), bad);
    }
  }

  @Test
  void aWildcardHostIsShownAsTheAddressesItIsReachableAt() throws Exception {
    List<String> urls = ServeCommand.urls("0.0.0.0", 7070);
    assertFalse(urls.isEmpty());
    for (String u : urls) {
      assertFalse(u.contains("0.0.0.0"), u);
      assertTrue(u.startsWith("http://") && u.endsWith(":7070/"), u);
    }
    assertEquals(List.of("http://127.0.0.1:7070/"), ServeCommand.urls("127.0.0.1", 7070));
  }
}
