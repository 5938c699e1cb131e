package io.vankien.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  @Test
  void theFileBeatsTheDefaultTheEnvironmentTheFileAndAFlagTheEnvironment() throws Exception {
    ConfigFile file = ConfigFile.read(write("a.properties", "default-access = public\nport = 8081\n"));
    Map<String, String> env = Map.of("VANKIEN_DEFAULT_ACCESS", "mật");
    Configuration none = Configuration.resolve(Optional.empty(), k -> null, Map.of());
    Configuration fromFile = Configuration.resolve(Optional.of(file), k -> null, Map.of());
    Configuration fromEnv = Configuration.resolve(Optional.of(file), env::get, Map.of());
    Configuration fromFlag = Configuration.resolve(Optional.of(file), env::get,
        Map.of(Setting.DEFAULT_ACCESS, Map.entry("--access", "internal")));

    assertEquals(new Configuration.Value("internal", Source.DEFAULT), none.get(Setting.DEFAULT_ACCESS));
    assertEquals(new Configuration.Value("public", Source.file(file.path())), fromFile.get(Setting.DEFAULT_ACCESS));
    assertEquals(new Configuration.Value("restricted", Source.environment("VANKIEN_DEFAULT_ACCESS")),
        fromEnv.get(Setting.DEFAULT_ACCESS));
    assertEquals(new Configuration.Value("internal", Source.flag("--access")), fromFlag.get(Setting.DEFAULT_ACCESS));
    // a setting no environment variable sets keeps the file's value
    assertEquals(new Configuration.Value("8081", Source.file(file.path())), fromFlag.get(Setting.PORT));
  }

  @Test
  void anUnknownKeyNamesTheKeyTheFileAndTheNearestKnownKey() throws Exception {
    Path f = write("vankien.properties", "port = 8081\nprot = 8082\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(f));
    assertTrue(e.getMessage().contains("'prot'"), e.getMessage());
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean 'port'"), e.getMessage());

    Path g = write("g.properties", "zzzzzzzz = 1\n");
    ConfigException far = assertThrows(ConfigException.class, () -> ConfigFile.read(g));
    assertTrue(far.getMessage().contains("'zzzzzzzz'") && !far.getMessage().contains("did you mean"), far.getMessage());
  }

  @Test
  void aBadValueNamesTheKeyTheFileAndTheValue() throws Exception {
    for (String line : new String[] {"port = 80x81", "ocr = yes please", "default-access = secret",
        "cors-origins = https://a.example/path", "ingest-threads = 0", "host =  "}) {
      Path f = write("bad.properties", line + "\n");
      ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(f), line);
      String key = line.substring(0, line.indexOf(' '));
      String value = line.substring(line.indexOf('=') + 1).strip();
      assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
      assertTrue(e.getMessage().contains(key + " = '"), e.getMessage());
      assertTrue(e.getMessage().contains("'" + value), e.getMessage());
    }
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstKey() throws Exception {
    assertEquals(Map.of(Setting.PORT, "8081"), ConfigFile.read(write("bom.properties", "\uFEFFport = 8081\n")).values());
    Path latin = dir.resolve("latin.properties"); // "host = mật" in windows-1258, not UTF-8
    Files.write(latin, new byte[] {'h', 'o', 's', 't', '=', 'm', (byte) 0xE2, (byte) 0xF2, 't', '\n'});
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(latin));
    assertTrue(e.getMessage().contains(latin + " is not UTF-8"), e.getMessage());
  }

  @Test
  void aBadEnvironmentValueNamesTheVariable() {
    ConfigException e = assertThrows(ConfigException.class, () -> Configuration.resolve(Optional.empty(),
        Map.of("VANKIEN_DEFAULT_ACCESS", "top")::get, Map.of()));
    assertTrue(e.getMessage().contains("VANKIEN_DEFAULT_ACCESS") && e.getMessage().contains("'top'"), e.getMessage());
  }

  @Test
  void theDataFolderFileComesBeforeTheSystemOneAndAnExplicitFileBeforeBoth() throws Exception {
    Path data = dir.resolve("data");
    Path etc = dir.resolve("etc");
    ConfigLocator locator = new ConfigLocator(etc);
    assertEquals(Optional.empty(), locator.find(null, data));
    Path system = write("etc/vankien.properties", "port = 1\n");
    assertEquals(Optional.of(system), locator.find(null, data));
    Path local = write("data/vankien.properties", "port = 2\n");
    assertEquals(Optional.of(local), locator.find(null, data));
    Path explicit = write("mine.properties", "port = 3\n");
    assertEquals(Optional.of(explicit), locator.find(explicit, data));
    ConfigException e = assertThrows(ConfigException.class, () -> locator.find(dir.resolve("absent.properties"), data));
    assertTrue(e.getMessage().contains("absent.properties"), e.getMessage());
  }

  @Test
  void everySettingsDefaultIsAValueOfItsType() {
    for (Setting s : Setting.values()) {
      assertEquals(s.defaultValue(), s.canonical(s.defaultValue()), s.key());
      assertEquals(Optional.of(s), Setting.byKey(s.key()));
      s.options().forEach(o -> assertEquals(Optional.of(s), Setting.byOption(o), o));
    }
  }

  @Test
  void clusterAddressesAndIndexNamesAreChecked() {
    assertEquals("https://search.example:9200", Setting.CLUSTER_URL.canonical(" https://search.example:9200/ "));
    assertEquals("", Setting.CLUSTER_URL.canonical(""));
    // several nodes of one cluster, separated by commas, each checked and canonical
    assertEquals("http://10.0.0.5:9200,https://10.0.0.6:9200", Setting.CLUSTER_URL.canonical(
        "http://10.0.0.5:9200/ , https://10.0.0.6:9200"));
    for (String bad : new String[] {"search.example:9200", "ftp://x", "http://", "http://u:p@host:9200",
        "http://host:9200/?x=1", "http://a:9200,", "http://a:9200,,http://b:9200", "http://a:9200,b:9200"}) {
      assertThrows(IllegalArgumentException.class, () -> Setting.CLUSTER_URL.canonical(bad), bad);
    }
    assertEquals("vankien-2026", Setting.CLUSTER_INDEX.canonical("vankien-2026"));
    for (String bad : new String[] {"", "Vankien", "_x", "a b", "a/b", "a*"}) {
      assertThrows(IllegalArgumentException.class, () -> Setting.CLUSTER_INDEX.canonical(bad), bad);
    }
  }
}
