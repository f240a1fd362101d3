package io.apigw.model;

/** Writes the model as the text of one definition file. */
public interface ApiWriter {
  String write(Api api);
}
