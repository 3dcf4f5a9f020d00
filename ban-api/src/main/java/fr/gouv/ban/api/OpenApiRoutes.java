package fr.gouv.ban.api;

import fr.gouv.ban.domain.model.ResourceKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * One JAX-RS class serves the five resources through a {@code {resource}} template; clients and
 * generators want real routes. This filter expands every templated path into one path per resource
 * ({@code /municipality/{ident}}, ...), with unique operation ids.
 */
public class OpenApiRoutes implements OASFilter {
  private static final String TEMPLATE = "/{resource";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    Paths paths = api.getPaths();
    if (paths == null || paths.getPathItems() == null) {
      return;
    }
    Map<String, PathItem> templated = new LinkedHashMap<>();
    paths
        .getPathItems()
        .forEach(
            (k, v) -> {
              if (k.startsWith(TEMPLATE)) {
                templated.put(k, v);
              }
            });
    templated.forEach(
        (path, item) -> {
          paths.removePathItem(path);
          String rest = path.substring(path.indexOf('}') + 1);
          for (ResourceKind kind : ResourceKind.values()) {
            paths.addPathItem("/" + kind.wireName() + rest, copy(item, kind.wireName()));
          }
        });
  }

  private static PathItem copy(PathItem item, String resource) {
    PathItem out = OASFactory.createPathItem();
    item.getOperations().forEach((method, op) -> out.setOperation(method, copy(op, resource)));
    return out;
  }

  private static Operation copy(Operation op, String resource) {
    Operation out =
        OASFactory.createOperation()
            .summary(
                op.getSummary() == null
                    ? null
                    : op.getSummary().replace("a resource", "a " + resource))
            .description(op.getDescription())
            .operationId(op.getOperationId() == null ? null : resource + "_" + op.getOperationId())
            .requestBody(op.getRequestBody())
            .responses(op.getResponses())
            .security(op.getSecurity())
            .tags(java.util.List.of(resource));
    if (op.getParameters() != null) {
      op.getParameters().stream()
          .filter(p -> !"resource".equals(p.getName()))
          .forEach(out::addParameter);
    }
    return out;
  }
}
