package io.apigw.local.templates;

/** What rendering a mapping template came to: {@link Rendered} or {@link TemplateFailure}. */
public sealed interface RenderResult permits Rendered, TemplateFailure {}
