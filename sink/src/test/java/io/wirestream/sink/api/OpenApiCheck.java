package io.wirestream.sink.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks requests and answers of the query API against its OpenAPI description, as served: a test that
 * passes through it proves that the description says what the API does.
 */
final class OpenApiCheck {

    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator
            .createForInlineApiSpecification(new String(QueryApi.openApi(), StandardCharsets.UTF_8)).build();

    /**
     * Fails when {@code response} to a GET of {@code uri} is not as described: for a request the API takes,
     * request and answer; for one it refuses on purpose, the answer only.
     */
    void check(URI uri, HttpResponse<String> response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
        List<ValidationReport.Message> messages;
        if (response.statusCode() < 400) {
            SimpleRequest.Builder request = SimpleRequest.Builder.get(uri.getPath());
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    request.withQueryParam(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
            messages = validator.validate(request.build(), answer.build()).getMessages();
        } else {
            // A path below an article's is no operation of the description, and is answered 404.
            messages = validator.validateResponse(uri.getPath(), Request.Method.GET, answer.build()).getMessages()
                    .stream().filter(m -> response.statusCode() != 404
                            || !m.getKey().equals("validation.request.path.missing")).toList();
        }
        assertThat(messages).as("GET %s answered %s: %s", uri, response.statusCode(), response.body())
                .isEmpty();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
