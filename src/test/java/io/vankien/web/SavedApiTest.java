package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.search.Json;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import io.vankien.testing.TestArchives;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/saved: each account sees only its own saved searches and bookmarks; a bookmark of a document above the
 * caller's level can neither be made nor listed; anonymous callers get 401; bad bodies a 400 naming the field.
 * The documents are samples written for this test.
 */
class SavedApiTest {
  @TempDir Path tmp;
  private Archive archive;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private String publicId;
  private String secretId;
  private String reader;
  private String otherReader;
  private String staff;

  @BeforeEach
  void start() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "VĂN BẢN MẪU (viết cho kiểm thử)\nTỈNH ỦY HÀ NAM\nSố 41-NQ/TU\n"
        + "NGHỊ QUYẾT\nvề phát triển du lịch sao chổi\n");
    Files.writeString(in.resolve("b.txt"), "VĂN BẢN MẪU (viết cho kiểm thử)\nTỈNH ỦY HÀ NAM\nTUYỆT MẬT\nSố 42-NQ/TU\n"
        + "NGHỊ QUYẾT\nvề thiên thạch tuyệt mật\n");
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    SearchService search = new SearchService(archive.searcher());
    publicId = search.search(SearchRequest.builder().q("sao chổi").build()).hits().get(0).id();
    secretId = search.search(SearchRequest.builder().q("thiên thạch").build()).hits().get(0).id();
    Accounts accounts = new Accounts(tmp.resolve("data"));
    accounts.add("doc-gia", Role.READER, List.of(), "mat-khau-dai-du".toCharArray());
    accounts.add("doc-gia-2", Role.READER, List.of(), "mat-khau-dai-du".toCharArray());
    accounts.add("can-bo", Role.STAFF, List.of(), "mat-khau-dai-du".toCharArray());
    reader = accounts.newToken("doc-gia");
    otherReader = accounts.newToken("doc-gia-2");
    staff = accounts.newToken("can-bo");
    server = new WebServer(archive, null).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    archive.close();
  }

  private HttpResponse<String> call(String token, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode saved(String token) throws Exception {
    HttpResponse<String> r = call(token, "GET", "/api/saved", null);
    assertEquals(200, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void eachAccountSeesOnlyItsOwn() throws Exception {
    HttpResponse<String> made = call(reader, "POST", "/api/saved/searches",
        "{\"name\": \"Du lịch Hà Nam\", \"query\": \"q=du+l%E1%BB%8Bch&province=H%C3%A0+Nam\"}");
    assertEquals(201, made.statusCode(), made.body());
    String searchId = Json.MAPPER.readTree(made.body()).get("id").asText();
    assertEquals(201, call(reader, "POST", "/api/saved/bookmarks",
        "{\"document\": \"" + publicId + "\", \"note\": \"đọc lại mục II\"}").statusCode());

    JsonNode mine = saved(reader);
    assertEquals("Du lịch Hà Nam", mine.get("searches").get(0).get("name").asText());
    assertEquals("q=du+l%E1%BB%8Bch&province=H%C3%A0+Nam", mine.get("searches").get(0).get("query").asText());
    assertEquals(publicId, mine.get("bookmarks").get(0).get("document").asText());
    assertEquals("đọc lại mục II", mine.get("bookmarks").get(0).get("note").asText());
    assertTrue(mine.get("bookmarks").get(0).get("title").asText().contains("41-NQ/TU"));

    JsonNode theirs = saved(otherReader);
    assertEquals(0, theirs.get("searches").size());
    assertEquals(0, theirs.get("bookmarks").size());
    assertEquals(404, call(otherReader, "DELETE", "/api/saved/searches/" + searchId, null).statusCode());
    assertEquals(1, saved(reader).get("searches").size());

    // a second bookmark of the same document changes its note
    call(reader, "POST", "/api/saved/bookmarks", "{\"document\": \"" + publicId + "\", \"note\": \"đã đọc\"}");
    JsonNode again = saved(reader).get("bookmarks");
    assertEquals(1, again.size());
    assertEquals("đã đọc", again.get(0).get("note").asText());

    assertEquals(204, call(reader, "DELETE", "/api/saved/searches/" + searchId, null).statusCode());
    assertEquals(204, call(reader, "DELETE", "/api/saved/bookmarks/" + again.get(0).get("id").asText(), null)
        .statusCode());
    assertEquals(0, saved(reader).get("searches").size());
    assertEquals(0, saved(reader).get("bookmarks").size());
  }

  @Test
  void aDocumentAboveTheCallersLevelIsNeitherBookmarkedNorListed() throws Exception {
    HttpResponse<String> refused = call(reader, "POST", "/api/saved/bookmarks",
        "{\"document\": \"" + secretId + "\", \"note\": \"x\"}");
    assertEquals(404, refused.statusCode(), refused.body());
    assertFalse(refused.body().contains("thiên thạch"));

    // staff may read it and bookmark it; the bookmark is listed for staff only
    assertEquals(201, call(staff, "POST", "/api/saved/bookmarks", "{\"document\": \"" + secretId + "\"}").statusCode());
    assertEquals(1, saved(staff).get("bookmarks").size());
    assertEquals(0, saved(reader).get("bookmarks").size());
  }

  @Test
  void anonymousCallersAndBadBodiesAreRefusedClearly() throws Exception {
    assertEquals(401, call(null, "GET", "/api/saved", null).statusCode());
    assertEquals(401, call(null, "POST", "/api/saved/searches", "{\"name\": \"a\", \"query\": \"q=a\"}").statusCode());
    HttpResponse<String> noName = call(reader, "POST", "/api/saved/searches", "{\"query\": \"q=a\"}");
    assertEquals(400, noName.statusCode());
    assertTrue(noName.body().contains("Tên tìm kiếm đã lưu"), noName.body());
    HttpResponse<String> notJson = call(reader, "POST", "/api/saved/bookmarks", "{");
    assertEquals(400, notJson.statusCode());
    assertEquals(404, call(reader, "POST", "/api/saved/bookmarks", "{\"document\": \"0000000000000000\"}").statusCode());
    assertEquals(404, call(reader, "DELETE", "/api/saved/bookmarks/nope", null).statusCode());
  }
}
