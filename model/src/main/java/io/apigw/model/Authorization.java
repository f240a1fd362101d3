package io.apigw.model;

import java.util.List;
import java.util.Objects;

/** Who may call a route: anyone, IAM-signed callers, or callers a named authorizer lets in. */
public sealed interface Authorization
    permits Authorization.None, Authorization.Iam, Authorization.Custom {

  SourceRange source();

  /** Open access ({@code NONE}). */
  record None(SourceRange source) implements Authorization {
    public None {
      source = SourceRange.orNone(source);
    }
  }

  /** Signature Version 4 signed requests checked against IAM ({@code AWS_IAM}). */
  record Iam(SourceRange source) implements Authorization {
    public Iam {
      source = SourceRange.orNone(source);
    }
  }

  /**
   * A named {@link Authorizer} of the API (Lambda, Cognito or JWT), with the OAuth scopes the route
   * requires (Cognito and JWT only).
   */
  record Custom(SourceRange source, String authorizer, List<String> scopes)
      implements Authorization {
    public Custom {
      source = SourceRange.orNone(source);
      Objects.requireNonNull(authorizer, "authorizer");
      scopes = Copy.list(scopes);
    }
  }

  static Authorization none() {
    return new None(SourceRange.NONE);
  }

  static Authorization iam() {
    return new Iam(SourceRange.NONE);
  }

  static Authorization custom(String authorizer, String... scopes) {
    return new Custom(SourceRange.NONE, authorizer, List.of(scopes));
  }
}
