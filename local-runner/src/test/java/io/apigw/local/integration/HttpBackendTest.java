package io.apigw.local.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpBackendTest {
  private final HttpBackend backend = new HttpBackend(null);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/",
        "http://backend/pets",
        "https://backend/pets/%7Bid%7D?a=1&b=two%20words",
        "http://backend:81/a/b?x=(1)*2&y=a:b@c/d?e;f=g+h~i!j$k'l,m",
        "http://backend/p#fragment",
        "http://backend/p?a=1#fragment",
        "http://backend?q=1",
        "http://backend/p?bad=%zz",
        "http://backend/p?bad=a|b",
        "http://backend/p?bad=50%",
      })
  void readsAUrlAsUriDoes(String url) {
    // given
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      // then: it fails as URI does
      assertThatThrownBy(() -> backend.target(url)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    boolean ssl = uri.getScheme().equals("https");
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();

    // when
    HttpBackend.Target target = backend.target(url);
    HttpBackend.Target again = backend.target(url);

    // then
    for (HttpBackend.Target t : new HttpBackend.Target[] {target, again}) {
      assertThat(t.host()).isEqualTo(uri.getHost());
      assertThat(t.port()).isEqualTo(uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80);
      assertThat(t.ssl()).isEqualTo(ssl);
      assertThat(t.pathAndQuery())
          .isEqualTo(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }
  }
}
