package dev.qbrsync.http.api;

/** A refused API request: its HTTP status, the input field at fault (if one is) and a message for people. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String field;

    private ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiError badInput(String field, String message) {
        return new ApiError(400, field, field + ": " + message);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, null, message);
    }

    /** Refused credentials typed into a form: the field names where the page shows the message. */
    public static ApiError unauthorized(String field, String message) {
        return new ApiError(401, field, message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, null, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, null, message);
    }

    public static ApiError tooLarge(String message) {
        return new ApiError(413, null, message);
    }

    public static ApiError tooManyRequests(String message) {
        return new ApiError(429, null, message);
    }

    public static ApiError unsupportedMediaType(String message) {
        return new ApiError(415, null, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
