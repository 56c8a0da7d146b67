package org.dossier.server;

/** An error answered as JSON {@code {"error": {"code": …, "message": …}}}. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }
}
