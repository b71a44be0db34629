package io.github.xxgk.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A limit of the reader exceeded where the reader, not Jackson, holds it: on a Jackson without
 * {@code StreamReadConstraints}, for characters of a key read as bytes, and for a record of a
 * batch. It ends the reading like Jackson's own {@code StreamConstraintsException} and becomes a
 * {@link JsonRule#LIMIT} problem; it never reaches a caller.
 */
final class ReaderLimitException extends JsonProcessingException {
  private static final long serialVersionUID = 1L;

  ReaderLimitException(String message) {
    super(message);
  }
}
