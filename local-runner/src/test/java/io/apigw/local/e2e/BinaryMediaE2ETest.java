package io.apigw.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigw.local.LocalGateway;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary bodies through a REST API's Lambda proxy integration, end to end with a real Node function
 * and a real HTTP client: api-gateway-payload-encodings.md ("To handle binary payloads for AWS
 * Lambda proxy integrations, you must base64-encode your function's response. You must also
 * configure the binaryMediaTypes for your API"), lambda-proxy-binary-media.md and
 * set-up-lambda-proxy-integrations.md (the {@code isBase64Encoded} of the input and output
 * formats).
 */
class BinaryMediaE2ETest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Not UTF-8 text: a PNG signature, a NUL and bytes that are no UTF-8 sequence. */
  private static final byte[] BYTES = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0x00, (byte) 0xff, (byte) 0xfe, (byte) 0xc3
  };

  @TempDir static Path dir;
  private static Served served;

  @BeforeAll
  static void start() throws Exception {
    Path node = Files.createDirectories(dir.resolve("node"));
    Files.writeString(
        node.resolve("index.js"),
        String.join(
            "\n",
            // Tells what reached the function.
            "exports.inspect = async (event) => ({",
            "  statusCode: 200,",
            "  headers: { 'content-type': 'application/json' },",
            "  body: JSON.stringify({ body: event.body, isBase64Encoded: event.isBase64Encoded }),",
            "});",
            // Answers the bytes it was sent in the query, base64-encoded, as
            // lambda-proxy-binary-media.md does.
            "exports.image = async (event) => ({",
            "  statusCode: 200,",
            "  headers: { 'Content-Type': 'image/png' },",
            "  body: event.queryStringParameters.b64,",
            "  isBase64Encoded: true,",
            "});",
            ""));
    served =
        Served.dsl(
            dir,
            LocalGateway.Options.defaults(),
            "api media: rest",
            "stage prod",
            "binary-media-types application/octet-stream image/png",
            "function inspect: nodejs20.x handler=index.inspect code=node/",
            "function image: nodejs20.x handler=index.image code=node/",
            "POST /upload -> lambda inspect",
            "GET  /image  -> lambda image");
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void aBinaryRequestBodyReachesTheFunctionBase64Encoded() throws Exception {
    // when
    HttpResponse<String> response =
        served.send(
            "POST",
            "/prod/upload",
            HttpRequest.BodyPublishers.ofByteArray(BYTES),
            "Content-Type",
            "application/octet-stream");

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode seen = JSON.readTree(response.body());
    assertThat(seen.get("isBase64Encoded").asBoolean()).isTrue();
    assertThat(Base64.getDecoder().decode(seen.get("body").asText())).isEqualTo(BYTES);
  }

  @Test
  void aTextRequestBodyReachesTheFunctionAsText() throws Exception {
    // when
    HttpResponse<String> response =
        served.send(
            "POST",
            "/prod/upload",
            HttpRequest.BodyPublishers.ofString("{\"name\":\"ü\"}"),
            "Content-Type",
            "application/json");

    // then
    JsonNode seen = JSON.readTree(response.body());
    assertThat(seen.get("isBase64Encoded").asBoolean()).isFalse();
    assertThat(seen.get("body").asText()).isEqualTo("{\"name\":\"ü\"}");
  }

  @Test
  void aBase64ResponseIsDecodedToBytesForAClientAcceptingABinaryType() throws Exception {
    // when
    HttpResponse<byte[]> response =
        served.sendForBytes(
            "GET",
            "/prod/image?b64=" + queryValue(Base64.getEncoder().encodeToString(BYTES)),
            HttpRequest.BodyPublishers.noBody(),
            "Accept",
            "image/png");

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(response.body()).isEqualTo(BYTES);
  }

  @Test
  void aBase64ResponseStaysTextWhenTheFirstAcceptedTypeIsNotBinary() throws Exception {
    // api-gateway-payload-encodings.md: API Gateway honours only the first Accept media type.
    String b64 = Base64.getEncoder().encodeToString(BYTES);

    // when
    HttpResponse<byte[]> response =
        served.sendForBytes(
            "GET",
            "/prod/image?b64=" + queryValue(b64),
            HttpRequest.BodyPublishers.noBody(),
            "Accept",
            "text/html, image/png");

    // then
    assertThat(new String(response.body(), StandardCharsets.US_ASCII)).isEqualTo(b64);
  }

  private static String queryValue(String text) {
    return URLEncoder.encode(text, StandardCharsets.US_ASCII);
  }
}
