package io.apigw.model;

/** What a REST non-proxy integration does with a body whose content type has no template. */
public enum PassthroughBehavior {
  WHEN_NO_MATCH,
  WHEN_NO_TEMPLATES,
  NEVER
}
