package dev.cordial.bench.compile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resources as services have them: each in its own package with DTO records and classes carrying
 * Jackson ({@code @JsonProperty}, {@code @JsonIgnore}, ...) and Bean Validation ({@code @NotNull},
 * {@code @Size}, {@code @Valid}, ...) annotations, 5 to 10 resource methods with bodies of 20 to 60
 * lines (loops, streams, maps, formatting, exceptions), {@code @PathParam}, {@code @QueryParam},
 * {@code @HeaderParam} and {@code @Context} parameters and sub-paths, plus a shared
 * {@code com.acme.common} package.
 *
 * <p>Annotation mix, by resource index modulo 5: 0 class-level {@code @AllowCredentials}; 1
 * class-level with an {@code originsProperty}; 2 class-level plus a method-level override; 3
 * method-level only, on three methods; 4 none (no filter). Deterministic: the same size gives the
 * same bytes. Needs jackson-annotations and jakarta.validation-api on the class path.
 */
final class RealisticCorpus {

    private static final String[] NAMES = {
        "Order", "Customer", "Invoice", "Product", "Shipment", "Payment", "Ticket", "Review", "Coupon", "Warehouse",
        "Supplier", "Employee", "Department", "Project", "Task", "Comment", "Attachment", "Notification",
        "Subscription", "Plan", "Account", "Device", "Location", "Vehicle", "Driver", "Booking", "Room", "Venue",
        "Artist", "Album", "Track", "Playlist", "Course", "Lesson", "Student", "Grade", "Exam", "Patient",
        "Appointment", "Prescription", "Claim", "Quote", "Contract", "Lead", "Campaign", "Budget", "Asset", "Vendor",
        "Refund", "Survey",
    };

    /** The optional methods, in the order a resource takes them (rotated per resource). */
    private static final String[] EXTRA = {"update", "delete", "search", "stats", "transition", "export", "batch"};

    private static final String HEADERS = "allowHeaders = {\"Content-Type\", \"X-Request-Id\", \"If-Match\", \"If-None-Match\"}";

    private RealisticCorpus() {}

    static Corpus generate(Path src, int n) throws IOException {
        Corpus.Writer out = new Corpus.Writer(src);
        common(out);
        int annotated = 0;
        for (int i = 0; i < n; i++) {
            String name = NAMES[i % NAMES.length] + (i < NAMES.length ? "" : Integer.toString(i / NAMES.length + 1));
            if (i % 5 != 4) {
                annotated++;
            }
            resource(out, i, name);
        }
        return new Corpus("realistic", n, out.files, annotated, out.lines);
    }

    private static String fill(String template, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String plural = lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies"
                : lower.endsWith("s") || lower.endsWith("ch") ? lower + "es" : lower + "s";
        return template.replace("@X@", name).replace("@x@", lower).replace("@xs@", plural);
    }

    private static void resource(Corpus.Writer out, int index, String name) throws IOException {
        String pkg = "com.acme." + name.toLowerCase(Locale.ROOT);
        out.write(pkg, name + "Status", fill(STATUS, name));
        out.write(pkg, name + "Dto", fill(DTO, name));
        out.write(pkg, name + "Summary", fill(SUMMARY, name));
        out.write(pkg, name + "Request", fill(REQUEST, name));

        int variant = index % 5;
        List<String> methods = new ArrayList<>(List.of("list", "get", "create"));
        int extra = 2 + index * 7 % 6; // 5 to 10 methods in all
        for (int k = 0; k < extra; k++) {
            methods.add(EXTRA[(index + k) % EXTRA.length]);
        }
        // variant 2: one method-level override; variant 3: three method-level annotations
        List<String> methodLevel = switch (variant) {
            case 2 -> List.of(methods.contains("delete") ? "delete" : methods.get(3));
            case 3 -> List.of("get", "create", methods.get(methods.size() - 1));
            default -> List.of();
        };

        StringBuilder body = new StringBuilder();
        body.append(fill("package com.acme.@x@;\n\n", name));
        body.append(variant == 4 ? IMPORTS.replace("import dev.cordial.AllowCredentials;\n", "") : IMPORTS);
        body.append(fill("""

                /** The @xs@ API: listing, lookup, changes and reports over the @x@ store. */
                @Path("/api/v1/@xs@")
                @Produces(MediaType.APPLICATION_JSON)
                @Consumes(MediaType.APPLICATION_JSON)
                """, name));
        switch (variant) {
            case 0 -> body.append("@AllowCredentials(origins = {\"https://app.acme.com\", \"https://*.preview.acme.com\"},\n"
                    + "        " + HEADERS + ",\n        exposeHeaders = {\"ETag\", \"Location\", \"X-Deleted\"}, maxAge = 600)\n");
            case 1 -> body.append(fill("@AllowCredentials(origins = \"https://console.acme.com\", originsProperty = \"acme.@x@.origins\",\n"
                    + "        " + HEADERS + ", exposeHeaders = \"ETag\")\n", name));
            case 2 -> body.append("@AllowCredentials(origins = {\"https://app.acme.com\", \"https://partner.acme.com\"},\n"
                    + "        " + HEADERS + ", exposeHeaders = {\"ETag\", \"Location\"})\n");
            default -> { }
        }
        body.append(fill(CLASS_START, name));
        for (String method : methods) {
            if (methodLevel.contains(method)) {
                body.append(method.equals("get")
                        ? "\n    @AllowCredentials(origins = \"https://app.acme.com\", " + HEADERS + ", exposeHeaders = \"ETag\")"
                        : "\n    @AllowCredentials(origins = \"https://admin.acme.com\", " + HEADERS + ")");
            }
            body.append(fill(method(method), name));
        }
        body.append("}\n");
        out.write(pkg, name + "Resource", body.toString());
    }

    private static String method(String name) {
        return switch (name) {
            case "list" -> LIST;
            case "get" -> GET;
            case "create" -> CREATE;
            case "update" -> UPDATE;
            case "delete" -> DELETE;
            case "search" -> SEARCH;
            case "stats" -> STATS;
            case "transition" -> TRANSITION;
            case "export" -> EXPORT;
            case "batch" -> BATCH;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static void common(Corpus.Writer out) throws IOException {
        out.write("com.acme.common", "ErrorDto", """
                package com.acme.common;

                import com.fasterxml.jackson.annotation.JsonInclude;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import java.util.Map;

                /** The body of every error response. */
                @JsonInclude(JsonInclude.Include.NON_EMPTY)
                public record ErrorDto(
                        @JsonProperty("code") String code,
                        @JsonProperty("message") String message,
                        @JsonProperty("details") Map<String, String> details) {}
                """);
        out.write("com.acme.common", "ApiErrors", """
                package com.acme.common;

                import jakarta.ws.rs.BadRequestException;
                import jakarta.ws.rs.ClientErrorException;
                import jakarta.ws.rs.NotFoundException;
                import jakarta.ws.rs.WebApplicationException;
                import jakarta.ws.rs.core.MediaType;
                import jakarta.ws.rs.core.Response;
                import java.util.Map;

                /** Exceptions that carry an {@link ErrorDto}, so every resource answers errors alike. */
                public final class ApiErrors {

                    private ApiErrors() {}

                    public static WebApplicationException notFound(String kind, long id) {
                        return new NotFoundException(response(Response.Status.NOT_FOUND, "not_found",
                                String.format("%s %d does not exist", kind, id), Map.of()));
                    }

                    public static WebApplicationException badRequest(String message, Map<String, String> details) {
                        return new BadRequestException(response(Response.Status.BAD_REQUEST, "invalid", message, details));
                    }

                    public static WebApplicationException conflict(String message) {
                        return new ClientErrorException(response(Response.Status.CONFLICT, "conflict", message, Map.of()));
                    }

                    private static Response response(Response.Status status, String code, String message,
                            Map<String, String> details) {
                        return Response.status(status)
                                .type(MediaType.APPLICATION_JSON_TYPE)
                                .entity(new ErrorDto(code, message, details))
                                .build();
                    }
                }
                """);
        out.write("com.acme.common", "PageDto", """
                package com.acme.common;

                import com.fasterxml.jackson.annotation.JsonIgnore;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import java.util.List;

                /** One page of a listing. */
                public record PageDto<T>(
                        @JsonProperty("items") List<T> items,
                        @JsonProperty("page") int page,
                        @JsonProperty("size") int size,
                        @JsonProperty("total") long total) {

                    public static <T> PageDto<T> of(List<T> all, int page, int size) {
                        int from = Math.min(all.size(), page * size);
                        int to = Math.min(all.size(), from + size);
                        return new PageDto<>(List.copyOf(all.subList(from, to)), page, size, all.size());
                    }

                    @JsonIgnore
                    public boolean isLast() {
                        return (long) (page + 1) * size >= total;
                    }
                }
                """);
        out.write("com.acme.common", "SearchCriteria", """
                package com.acme.common;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import jakarta.validation.constraints.Max;
                import jakarta.validation.constraints.Min;
                import jakarta.validation.constraints.NotBlank;
                import jakarta.validation.constraints.Pattern;
                import jakarta.validation.constraints.Size;
                import java.util.List;

                /** The body of every {@code POST .../search}. */
                public record SearchCriteria(
                        @JsonProperty("text") @Size(max = 100) String text,
                        @JsonProperty("statuses") List<@NotBlank String> statuses,
                        @JsonProperty("min_version") @Min(0) Integer minVersion,
                        @JsonProperty("sort") @Pattern(regexp = "[a-z_]+(,(asc|desc))?") String sort,
                        @JsonProperty("limit") @Min(1) @Max(500) int limit) {}
                """);
        out.write("com.acme.common", "Etags", """
                package com.acme.common;

                import java.util.Arrays;

                /** Strong entity tags from the fields that identify a version. */
                public final class Etags {

                    private Etags() {}

                    public static String of(Object... parts) {
                        long h = 1125899906842597L;
                        for (String s : Arrays.stream(parts).map(String::valueOf).toList()) {
                            for (int i = 0; i < s.length(); i++) {
                                h = 31 * h + s.charAt(i);
                            }
                        }
                        return Long.toHexString(h);
                    }
                }
                """);
        out.write("com.acme.common", "Csv", """
                package com.acme.common;

                /** RFC 4180 quoting. */
                public final class Csv {

                    private Csv() {}

                    public static String escape(String value, String separator) {
                        if (value.contains(separator) || value.contains("\\"") || value.contains("\\n")
                                || value.contains("\\r")) {
                            return "\\"" + value.replace("\\"", "\\"\\"") + "\\"";
                        }
                        return value;
                    }
                }
                """);
    }

    private static final String STATUS = """
            package com.acme.@x@;

            import com.fasterxml.jackson.annotation.JsonCreator;
            import com.fasterxml.jackson.annotation.JsonValue;
            import jakarta.ws.rs.BadRequestException;
            import java.util.Arrays;
            import java.util.Locale;

            /** Lifecycle of a @x@. */
            public enum @X@Status {
                DRAFT, ACTIVE, SUSPENDED, ARCHIVED;

                @JsonValue
                public String json() {
                    return name().toLowerCase(Locale.ROOT);
                }

                @JsonCreator
                public static @X@Status from(String value) {
                    for (@X@Status s : values()) {
                        if (s.name().equalsIgnoreCase(value)) {
                            return s;
                        }
                    }
                    throw new BadRequestException("unknown status \\"" + value + "\\"; expected one of "
                            + Arrays.toString(values()).toLowerCase(Locale.ROOT));
                }
            }
            """;

    private static final String DTO = """
            package com.acme.@x@;

            import com.fasterxml.jackson.annotation.JsonFormat;
            import com.fasterxml.jackson.annotation.JsonIgnore;
            import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
            import com.fasterxml.jackson.annotation.JsonInclude;
            import com.fasterxml.jackson.annotation.JsonProperty;
            import jakarta.validation.constraints.DecimalMin;
            import jakarta.validation.constraints.Email;
            import jakarta.validation.constraints.NotBlank;
            import jakarta.validation.constraints.NotNull;
            import jakarta.validation.constraints.PositiveOrZero;
            import jakarta.validation.constraints.Size;
            import java.math.BigDecimal;
            import java.time.Instant;
            import java.util.List;
            import java.util.Map;

            /** A @x@ as the API returns it. */
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @JsonIgnoreProperties(ignoreUnknown = true)
            public record @X@Dto(
                    @JsonProperty("id") @NotNull Long id,
                    @JsonProperty("name") @NotBlank @Size(max = 120) String name,
                    @JsonProperty("status") @NotNull @X@Status status,
                    @JsonProperty("amount") @DecimalMin("0.00") BigDecimal amount,
                    @JsonProperty("tags") @Size(max = 20) List<@NotBlank String> tags,
                    @JsonProperty("attributes") Map<String, String> attributes,
                    @JsonProperty("owner") @Email String owner,
                    @JsonProperty("created_at") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
                    @JsonProperty("updated_at") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt,
                    @JsonProperty("version") @PositiveOrZero int version) {

                public @X@Dto {
                    tags = tags == null ? List.of() : List.copyOf(tags);
                    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
                }

                @JsonIgnore
                public boolean isActive() {
                    return status != @X@Status.ARCHIVED && status != @X@Status.SUSPENDED;
                }

                public @X@Dto withStatus(@X@Status next, Instant at) {
                    return new @X@Dto(id, name, next, amount, tags, attributes, owner, createdAt, at, version + 1);
                }

                public @X@Dto withAttributes(Map<String, String> next) {
                    return new @X@Dto(id, name, status, amount, tags, next, owner, createdAt, updatedAt, version);
                }
            }
            """;

    private static final String SUMMARY = """
            package com.acme.@x@;

            import com.fasterxml.jackson.annotation.JsonProperty;
            import com.fasterxml.jackson.annotation.JsonPropertyOrder;
            import java.math.BigDecimal;

            /** A @x@ in listings. */
            @JsonPropertyOrder({"id", "name", "status"})
            public record @X@Summary(
                    @JsonProperty("id") long id,
                    @JsonProperty("name") String name,
                    @JsonProperty("status") @X@Status status,
                    @JsonProperty("amount") BigDecimal amount) {

                public static @X@Summary of(@X@Dto dto) {
                    return new @X@Summary(dto.id(), dto.name(), dto.status(), dto.amount());
                }
            }
            """;

    private static final String REQUEST = """
            package com.acme.@x@;

            import com.fasterxml.jackson.annotation.JsonIgnore;
            import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
            import com.fasterxml.jackson.annotation.JsonProperty;
            import jakarta.validation.Valid;
            import jakarta.validation.constraints.AssertTrue;
            import jakarta.validation.constraints.DecimalMin;
            import jakarta.validation.constraints.Digits;
            import jakarta.validation.constraints.Email;
            import jakarta.validation.constraints.NotBlank;
            import jakarta.validation.constraints.NotNull;
            import jakarta.validation.constraints.Pattern;
            import jakarta.validation.constraints.Positive;
            import jakarta.validation.constraints.Size;
            import java.math.BigDecimal;
            import java.util.ArrayList;
            import java.util.LinkedHashMap;
            import java.util.List;
            import java.util.Map;

            /** What a client sends to create or replace a @x@. */
            @JsonIgnoreProperties(ignoreUnknown = true)
            public class @X@Request {

                /** One priced line. */
                public record Line(
                        @JsonProperty("sku") @NotBlank @Pattern(regexp = "[A-Z0-9-]{3,32}") String sku,
                        @JsonProperty("quantity") @Positive int quantity,
                        @JsonProperty("unit_price") @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
                        BigDecimal unitPrice) {}

                @JsonProperty("name")
                @NotBlank
                @Size(max = 120)
                private String name;

                @JsonProperty("owner")
                @Email
                private String owner;

                @JsonProperty("tags")
                @Size(max = 20)
                private List<@NotBlank @Size(max = 40) String> tags = new ArrayList<>();

                @JsonProperty("attributes")
                private Map<@NotBlank String, @Size(max = 500) String> attributes = new LinkedHashMap<>();

                @JsonProperty("lines")
                @Valid
                @NotNull
                private List<@Valid Line> lines = new ArrayList<>();

                @JsonIgnore
                private transient String source;

                public String getName() {
                    return name;
                }

                public void setName(String name) {
                    this.name = name;
                }

                public String getOwner() {
                    return owner;
                }

                public void setOwner(String owner) {
                    this.owner = owner;
                }

                public List<String> getTags() {
                    return tags == null ? List.of() : tags;
                }

                public void setTags(List<String> tags) {
                    this.tags = tags;
                }

                public Map<String, String> getAttributes() {
                    return attributes == null ? Map.of() : attributes;
                }

                public void setAttributes(Map<String, String> attributes) {
                    this.attributes = attributes;
                }

                public List<Line> getLines() {
                    return lines == null ? List.of() : lines;
                }

                public void setLines(List<Line> lines) {
                    this.lines = lines;
                }

                @JsonIgnore
                public String getSource() {
                    return source;
                }

                public void setSource(String source) {
                    this.source = source;
                }

                @JsonIgnore
                @AssertTrue(message = "at most 50 lines and 20 attributes")
                public boolean isWithinLimits() {
                    return getLines().size() <= 50 && getAttributes().size() <= 20;
                }

                @Override
                public String toString() {
                    return String.format("@X@Request[name=%s, owner=%s, %d tags, %d lines]", name, owner,
                            getTags().size(), getLines().size());
                }
            }
            """;

    private static final String IMPORTS = """
            import com.acme.common.ApiErrors;
            import com.acme.common.Csv;
            import com.acme.common.Etags;
            import com.acme.common.PageDto;
            import com.acme.common.SearchCriteria;
            import dev.cordial.AllowCredentials;
            import jakarta.validation.Valid;
            import jakarta.validation.constraints.Max;
            import jakarta.validation.constraints.Min;
            import jakarta.validation.constraints.NotNull;
            import jakarta.validation.constraints.Positive;
            import jakarta.validation.constraints.Size;
            import jakarta.ws.rs.Consumes;
            import jakarta.ws.rs.DELETE;
            import jakarta.ws.rs.DefaultValue;
            import jakarta.ws.rs.ForbiddenException;
            import jakarta.ws.rs.GET;
            import jakarta.ws.rs.HeaderParam;
            import jakarta.ws.rs.NotAuthorizedException;
            import jakarta.ws.rs.POST;
            import jakarta.ws.rs.PUT;
            import jakarta.ws.rs.Path;
            import jakarta.ws.rs.PathParam;
            import jakarta.ws.rs.Produces;
            import jakarta.ws.rs.QueryParam;
            import jakarta.ws.rs.core.CacheControl;
            import jakarta.ws.rs.core.Context;
            import jakarta.ws.rs.core.EntityTag;
            import jakarta.ws.rs.core.MediaType;
            import jakarta.ws.rs.core.Request;
            import jakarta.ws.rs.core.Response;
            import jakarta.ws.rs.core.SecurityContext;
            import jakarta.ws.rs.core.UriInfo;
            import java.math.BigDecimal;
            import java.math.RoundingMode;
            import java.net.URI;
            import java.time.Clock;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.YearMonth;
            import java.time.ZoneOffset;
            import java.time.format.DateTimeParseException;
            import java.util.ArrayList;
            import java.util.Arrays;
            import java.util.Comparator;
            import java.util.Date;
            import java.util.DoubleSummaryStatistics;
            import java.util.EnumSet;
            import java.util.LinkedHashMap;
            import java.util.List;
            import java.util.Locale;
            import java.util.Map;
            import java.util.Objects;
            import java.util.Set;
            import java.util.TreeMap;
            import java.util.TreeSet;
            import java.util.concurrent.ConcurrentHashMap;
            import java.util.concurrent.atomic.AtomicLong;
            import java.util.function.Function;
            import java.util.function.Predicate;
            import java.util.logging.Logger;
            import java.util.stream.Collectors;
            """;

    private static final String CLASS_START = """
            public class @X@Resource {

                private static final Logger LOG = Logger.getLogger(@X@Resource.class.getName());
                private static final int MAX_PAGE_SIZE = 200;

                private final Map<Long, @X@Dto> store = new ConcurrentHashMap<>();
                private final AtomicLong ids = new AtomicLong(1000);
                private final Clock clock;

                public @X@Resource() {
                    this(Clock.systemUTC());
                }

                @X@Resource(Clock clock) {
                    this.clock = Objects.requireNonNull(clock, "clock");
                }
            """;

    private static final String LIST = """

                @GET
                public PageDto<@X@Summary> list(@QueryParam("q") @Size(max = 100) String query,
                        @QueryParam("status") List<String> statuses,
                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                        @QueryParam("sort") @DefaultValue("name") String sort,
                        @Context UriInfo uriInfo) {
                    Set<@X@Status> wanted = EnumSet.noneOf(@X@Status.class);
                    for (String s : statuses) {
                        for (String part : s.split(",")) {
                            if (!part.isBlank()) {
                                wanted.add(@X@Status.from(part.strip()));
                            }
                        }
                    }
                    String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
                    Comparator<@X@Dto> order = switch (sort) {
                        case "name" -> Comparator.comparing(@X@Dto::name, String.CASE_INSENSITIVE_ORDER);
                        case "-name" -> Comparator.comparing(@X@Dto::name, String.CASE_INSENSITIVE_ORDER).reversed();
                        case "amount" -> Comparator.comparing(@X@Dto::amount, Comparator.nullsFirst(Comparator.naturalOrder()));
                        case "created" -> Comparator.comparing(@X@Dto::createdAt);
                        default -> throw ApiErrors.badRequest("unknown sort \\"" + sort + "\\"", Map.of("sort", sort));
                    };
                    List<@X@Summary> matching = store.values().stream()
                            .filter(d -> wanted.isEmpty() || wanted.contains(d.status()))
                            .filter(d -> needle.isEmpty() || d.name().toLowerCase(Locale.ROOT).contains(needle)
                                    || d.tags().stream().anyMatch(t -> t.equalsIgnoreCase(needle)))
                            .sorted(order.thenComparing(@X@Dto::id))
                            .map(@X@Summary::of)
                            .collect(Collectors.toList());
                    LOG.fine(() -> String.format("list %s q=%s page=%d size=%d -> %d", uriInfo.getPath(), needle, page,
                            size, matching.size()));
                    return PageDto.of(matching, page, size);
                }
            """;

    private static final String GET = """

                @GET
                @Path("{id}")
                public Response get(@PathParam("id") @Positive long id, @HeaderParam("If-None-Match") String ifNoneMatch,
                        @Context Request request) {
                    @X@Dto found = store.get(id);
                    if (found == null) {
                        throw ApiErrors.notFound("@x@", id);
                    }
                    String etag = Etags.of(found.id(), found.version(), found.updatedAt());
                    if (ifNoneMatch != null) {
                        for (String candidate : ifNoneMatch.split(",")) {
                            String c = candidate.strip();
                            if (c.equals("*") || c.equals("\\"" + etag + "\\"") || c.equals("W/\\"" + etag + "\\"")) {
                                return Response.notModified(new EntityTag(etag)).build();
                            }
                        }
                    }
                    CacheControl cache = new CacheControl();
                    cache.setPrivate(true);
                    cache.setMaxAge(found.isActive() ? 30 : 3600);
                    return Response.ok(found)
                            .tag(new EntityTag(etag))
                            .cacheControl(cache)
                            .lastModified(Date.from(found.updatedAt()))
                            .build();
                }
            """;

    private static final String CREATE = """

                @POST
                public Response create(@Valid @NotNull @X@Request body, @HeaderParam("X-Request-Id") String requestId,
                        @Context UriInfo uriInfo) {
                    Map<String, String> problems = new LinkedHashMap<>();
                    if (body.getName() == null || body.getName().isBlank()) {
                        problems.put("name", "must not be blank");
                    }
                    BigDecimal total = BigDecimal.ZERO;
                    int index = 0;
                    for (@X@Request.Line line : body.getLines()) {
                        if (line.quantity() <= 0) {
                            problems.put("lines[" + index + "].quantity", "must be positive");
                        } else {
                            total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
                        }
                        index++;
                    }
                    boolean duplicate = store.values().stream().anyMatch(d -> d.name().equalsIgnoreCase(body.getName()));
                    if (duplicate) {
                        problems.put("name", "already used");
                    }
                    if (!problems.isEmpty()) {
                        throw ApiErrors.badRequest("invalid @x@", problems);
                    }
                    long id = ids.incrementAndGet();
                    Instant now = clock.instant();
                    @X@Dto created = new @X@Dto(id, body.getName().strip(), @X@Status.DRAFT,
                            total.setScale(2, RoundingMode.HALF_UP), List.copyOf(new TreeSet<>(body.getTags())),
                            Map.copyOf(body.getAttributes()), body.getOwner(), now, now, 1);
                    store.put(id, created);
                    LOG.info(() -> String.format("created @x@ %d (%s), request %s", id, created.name(),
                            Objects.requireNonNullElse(requestId, "-")));
                    URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(id)).build();
                    return Response.created(location).entity(created).tag(Etags.of(id, 1, now)).build();
                }
            """;

    private static final String UPDATE = """

                @PUT
                @Path("{id}")
                public @X@Dto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull @X@Request body) {
                    @X@Dto current = store.get(id);
                    if (current == null) {
                        throw ApiErrors.notFound("@x@", id);
                    }
                    String etag = Etags.of(current.id(), current.version(), current.updatedAt());
                    if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.replace("\\"", "").equals(etag)) {
                        throw ApiErrors.conflict(String.format("@x@ %d was modified (expected %s, found %s)", id,
                                ifMatch, etag));
                    }
                    if (current.status() == @X@Status.ARCHIVED) {
                        throw ApiErrors.conflict("@x@ " + id + " is archived");
                    }
                    Map<String, String> attributes = new TreeMap<>(current.attributes());
                    body.getAttributes().forEach((k, v) -> {
                        if (v == null || v.isEmpty()) {
                            attributes.remove(k);
                        } else {
                            attributes.put(k, v);
                        }
                    });
                    BigDecimal amount = body.getLines().stream()
                            .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    @X@Dto updated = new @X@Dto(id, body.getName(), current.status(), amount, List.copyOf(body.getTags()),
                            Map.copyOf(attributes), body.getOwner() == null ? current.owner() : body.getOwner(),
                            current.createdAt(), clock.instant(), current.version() + 1);
                    if (!store.replace(id, current, updated)) {
                        throw ApiErrors.conflict("concurrent update of @x@ " + id);
                    }
                    return updated;
                }
            """;

    private static final String DELETE = """

                @DELETE
                @Path("{id}")
                public Response delete(@PathParam("id") long id, @QueryParam("hard") @DefaultValue("false") boolean hard,
                        @Context SecurityContext security) {
                    if (security == null || security.getUserPrincipal() == null) {
                        throw new NotAuthorizedException("Bearer realm=\\"@xs@\\"");
                    }
                    String user = security.getUserPrincipal().getName();
                    if (hard && !security.isUserInRole("admin")) {
                        throw new ForbiddenException(String.format("%s may not hard-delete @xs@", user));
                    }
                    @X@Dto current = store.get(id);
                    if (current == null) {
                        return Response.noContent().build();
                    }
                    if (hard) {
                        store.remove(id);
                        LOG.warning(() -> "hard-deleted @x@ " + id + " by " + user);
                    } else if (current.status() != @X@Status.ARCHIVED) {
                        store.put(id, current.withStatus(@X@Status.ARCHIVED, clock.instant()));
                        LOG.info(() -> "archived @x@ " + id + " by " + user);
                    }
                    return Response.noContent().header("X-Deleted", hard ? "hard" : "soft").build();
                }
            """;

    private static final String SEARCH = """

                @POST
                @Path("search")
                public Map<String, List<@X@Summary>> search(@Valid @NotNull SearchCriteria criteria) {
                    Predicate<@X@Dto> filter = d -> true;
                    if (criteria.text() != null && !criteria.text().isBlank()) {
                        String text = criteria.text().toLowerCase(Locale.ROOT);
                        filter = filter.and(d -> d.name().toLowerCase(Locale.ROOT).contains(text)
                                || d.attributes().values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(text)));
                    }
                    if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
                        Set<@X@Status> statuses = criteria.statuses().stream()
                                .map(@X@Status::from)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(@X@Status.class)));
                        filter = filter.and(d -> statuses.contains(d.status()));
                    }
                    if (criteria.minVersion() != null) {
                        int min = criteria.minVersion();
                        filter = filter.and(d -> d.version() >= min);
                    }
                    Comparator<@X@Dto> order = Comparator.comparing(@X@Dto::updatedAt).reversed();
                    if (criteria.sort() != null && criteria.sort().startsWith("name")) {
                        order = Comparator.comparing(@X@Dto::name);
                        if (criteria.sort().endsWith(",desc")) {
                            order = order.reversed();
                        }
                    }
                    return store.values().stream()
                            .filter(filter)
                            .sorted(order)
                            .limit(criteria.limit())
                            .map(@X@Summary::of)
                            .collect(Collectors.groupingBy(s -> s.status().name().toLowerCase(Locale.ROOT), TreeMap::new,
                                    Collectors.toList()));
                }
            """;

    private static final String STATS = """

                @GET
                @Path("stats")
                public Map<String, Object> stats(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("groupBy") @DefaultValue("status") String groupBy) {
                    Instant start;
                    Instant end;
                    try {
                        start = from == null ? Instant.EPOCH : LocalDate.parse(from).atStartOfDay(ZoneOffset.UTC).toInstant();
                        end = to == null ? clock.instant()
                                : LocalDate.parse(to).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                    } catch (DateTimeParseException e) {
                        throw ApiErrors.badRequest("from and to must be ISO dates: " + e.getParsedString(),
                                Map.of("from", String.valueOf(from), "to", String.valueOf(to)));
                    }
                    if (end.isBefore(start)) {
                        throw ApiErrors.badRequest("to is before from", Map.of());
                    }
                    List<@X@Dto> window = store.values().stream()
                            .filter(d -> !d.createdAt().isBefore(start) && d.createdAt().isBefore(end))
                            .toList();
                    Function<@X@Dto, String> key = switch (groupBy) {
                        case "status" -> d -> d.status().name();
                        case "owner" -> d -> Objects.requireNonNullElse(d.owner(), "(none)");
                        case "month" -> d -> YearMonth.from(d.createdAt().atZone(ZoneOffset.UTC)).toString();
                        default -> throw ApiErrors.badRequest("cannot group by " + groupBy, Map.of("groupBy", groupBy));
                    };
                    Map<String, DoubleSummaryStatistics> byKey = window.stream().collect(Collectors.groupingBy(key,
                            TreeMap::new, Collectors.summarizingDouble(d -> d.amount() == null ? 0 : d.amount().doubleValue())));
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("from", start.toString());
                    out.put("to", end.toString());
                    out.put("count", window.size());
                    Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
                    byKey.forEach((k, s) -> groups.put(k, Map.<String, Object>of("count", s.getCount(), "sum", s.getSum(),
                            "average", Math.round(s.getAverage() * 100) / 100.0, "max", s.getCount() == 0 ? 0 : s.getMax())));
                    out.put("groups", groups);
                    return out;
                }
            """;

    private static final String TRANSITION = """

                @POST
                @Path("{id}/status")
                public @X@Dto transition(@PathParam("id") long id, @QueryParam("to") @NotNull String target,
                        @QueryParam("reason") @Size(max = 200) String reason) {
                    @X@Dto current = store.get(id);
                    if (current == null) {
                        throw ApiErrors.notFound("@x@", id);
                    }
                    @X@Status next = @X@Status.from(target);
                    boolean allowed = switch (current.status()) {
                        case DRAFT -> next == @X@Status.ACTIVE || next == @X@Status.ARCHIVED;
                        case ACTIVE -> next == @X@Status.SUSPENDED || next == @X@Status.ARCHIVED;
                        case SUSPENDED -> next == @X@Status.ACTIVE || next == @X@Status.ARCHIVED;
                        case ARCHIVED -> false;
                    };
                    if (!allowed) {
                        throw ApiErrors.conflict(String.format("cannot move @x@ %d from %s to %s", id,
                                current.status().name().toLowerCase(Locale.ROOT), next.name().toLowerCase(Locale.ROOT)));
                    }
                    @X@Dto moved = current.withStatus(next, clock.instant());
                    Map<String, String> attributes = new TreeMap<>(moved.attributes());
                    if (reason != null && !reason.isBlank()) {
                        attributes.put("status.reason", reason.strip());
                    }
                    attributes.put("status.previous", current.status().name());
                    @X@Dto result = moved.withAttributes(attributes);
                    store.put(id, result);
                    LOG.info(() -> String.format("@x@ %d: %s -> %s", id, current.status(), next));
                    return result;
                }
            """;

    private static final String EXPORT = """

                @GET
                @Path("export")
                @Produces("text/csv")
                public Response export(@QueryParam("columns") @DefaultValue("id,name,status,amount") String columns,
                        @QueryParam("separator") @DefaultValue(",") String separator) {
                    List<String> wanted = Arrays.stream(columns.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                            .toList();
                    Map<String, Function<@X@Dto, Object>> extractors = new LinkedHashMap<>();
                    extractors.put("id", @X@Dto::id);
                    extractors.put("name", @X@Dto::name);
                    extractors.put("status", d -> d.status().name());
                    extractors.put("amount", d -> d.amount() == null ? "" : d.amount().toPlainString());
                    extractors.put("owner", @X@Dto::owner);
                    extractors.put("tags", d -> String.join(" ", d.tags()));
                    extractors.put("created", @X@Dto::createdAt);
                    for (String c : wanted) {
                        if (!extractors.containsKey(c)) {
                            throw ApiErrors.badRequest("unknown column " + c, Map.of("columns", columns));
                        }
                    }
                    StringBuilder csv = new StringBuilder(String.join(separator, wanted)).append("\\r\\n");
                    List<@X@Dto> rows = new ArrayList<>(store.values());
                    rows.sort(Comparator.comparing(@X@Dto::id));
                    for (@X@Dto row : rows) {
                        for (int i = 0; i < wanted.size(); i++) {
                            if (i > 0) {
                                csv.append(separator);
                            }
                            Object value = extractors.get(wanted.get(i)).apply(row);
                            csv.append(Csv.escape(value == null ? "" : value.toString(), separator));
                        }
                        csv.append("\\r\\n");
                    }
                    String filename = String.format("@xs@-%s.csv", LocalDate.now(clock));
                    return Response.ok(csv.toString())
                            .header("Content-Disposition", "attachment; filename=\\"" + filename + "\\"")
                            .build();
                }
            """;

    private static final String BATCH = """

                @POST
                @Path("batch")
                public Map<String, Object> batch(@Valid @NotNull @Size(min = 1, max = 100) List<@Valid @X@Request> items,
                        @HeaderParam("X-Request-Id") String requestId) {
                    List<Long> created = new ArrayList<>();
                    Map<Integer, String> failures = new TreeMap<>();
                    for (int i = 0; i < items.size(); i++) {
                        @X@Request item = items.get(i);
                        try {
                            if (item.getName() == null || item.getName().isBlank()) {
                                throw new IllegalArgumentException("name must not be blank");
                            }
                            BigDecimal total = BigDecimal.ZERO;
                            for (@X@Request.Line line : item.getLines()) {
                                if (line.quantity() <= 0) {
                                    throw new IllegalArgumentException("quantity must be positive for " + line.sku());
                                }
                                total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
                            }
                            long id = ids.incrementAndGet();
                            Instant now = clock.instant();
                            store.put(id, new @X@Dto(id, item.getName(), @X@Status.DRAFT, total, List.copyOf(item.getTags()),
                                    Map.copyOf(item.getAttributes()), item.getOwner(), now, now, 1));
                            created.add(id);
                        } catch (IllegalArgumentException | ArithmeticException e) {
                            failures.put(i, e.getMessage());
                        }
                    }
                    LOG.info(String.format("batch %s: %d created, %d failed", requestId, created.size(), failures.size()));
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("created", created);
                    out.put("failed", failures);
                    return out;
                }
            """;
}
