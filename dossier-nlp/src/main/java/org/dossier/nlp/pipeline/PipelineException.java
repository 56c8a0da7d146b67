package org.dossier.nlp.pipeline;

/** A pipeline that cannot be built, or a component that broke its declared contract. */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PipelineException(String message) {
    super(message);
  }

  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
