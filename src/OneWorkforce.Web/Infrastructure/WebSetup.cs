using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneWorkforce.Core.Access;
using OneWorkforce.Data;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Audit;
using OneWorkforce.Web.Api;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Infrastructure;

internal static class WebSetup
{
    public const string ApiPolicy = "api";
    public const string AdministratorPolicy = "national-administrator";

    /// <summary>The concurrency limit on the answering pages (<c>Answering:MaxConcurrent</c> at once, the rest queued).</summary>
    public const string AnsweringLimit = "answering";

    public static void AddOneWorkforceWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var relaxedCookies = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing");
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        services.AddHttpContextAccessor();
        services.AddScoped<IActor, HttpActor>();
        services.AddOneWorkforceData(builder.Configuration);
        if (Data.Catalogue.CatalogueWarmer.Enabled(builder.Configuration))
        {
            services.AddHostedService<Data.Catalogue.CatalogueWarmer>(); // catalogue snapshots built before anyone asks (ADR 0009)
        }
        if (builder.Configuration.GetValue("Workforce:RunUploadJobs", true))
        {
            services.AddHostedService<UploadJobRunner>(); // workforce uploads run in the background on whichever node claims them
        }

        new IdentityBuilder(typeof(ApplicationUser), typeof(IdentityRole), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "oneworkforce-session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = relaxedCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/error/403";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            // Refusals are a plain 403, shown as the GOV.UK "no permission" page (or problem+json for the API).
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, cookie =>
            {
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = relaxedCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            });
        }
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "oneworkforce-antiforgery";
            options.Cookie.SecurePolicy = relaxedCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AdministratorPolicy, p => p.RequireRole(ServiceRoles.NationalAdministrator))
            .AddPolicy(ApiPolicy, p => p
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiTokenAuthentication.SchemeName)
                .RequireAuthenticatedUser());

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Account");
            foreach (var open in new[] { "/Account/SignIn", "/Account/SignInTwoFactor", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/AcceptInvitation" })
            {
                options.Conventions.AllowAnonymousToPage(open);
            }
            options.Conventions.AuthorizeFolder("/Admin", AdministratorPolicy);
            options.Conventions.AuthorizeFolder("/Areas");
            options.Conventions.AuthorizeFolder("/Organisations");
            options.Conventions.AuthorizeFolder("/Workforce");
            options.Conventions.AllowAnonymousToPage("/Workforce/DataStandard");
            // The offer, a course and a certificate are public; booking and managing need an account.
            options.Conventions.AuthorizeFolder("/Training");
            // The directory is public; writing a listing and approving listings need an account.
            options.Conventions.AuthorizePage("/Directory/Edit");
            options.Conventions.AuthorizePage("/Directory/Manage");
            options.Conventions.AuthorizePage("/News/Manage");
            options.Conventions.AuthorizeFolder("/Surveys");
            options.Conventions.AuthorizeFolder("/Strategies");
            options.Conventions.AddPageRoute("/Training/CourseEdit", "training/courses/new");
            options.Conventions.AllowAnonymousToPage("/Training/Index");
            options.Conventions.AllowAnonymousToPage("/Training/Course");
            options.Conventions.AllowAnonymousToPage("/Training/Certificate");
            options.Conventions.AllowAnonymousToPage("/Training/Certificates");
            // Feedback forms are opened from an email link, without an account, and queue like the other answering pages.
            options.Conventions.AllowAnonymousToPage("/Training/Evaluation/Feedback");
            options.Conventions.AddPageApplicationModelConvention("/Training/Evaluation/Feedback",
                model => model.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(AnsweringLimit)));
            // Uploads up to Workforce:MaxUploadBytes get a clear message from the page; twice that is cut off by the server.
            var uploadLimit = builder.Configuration.GetSection("Workforce").Get<Data.Workforce.Intelligence.WorkforceSettings>()?.MaxUploadBytes ?? 100L * 1024 * 1024;
            options.Conventions.AddPageApplicationModelConvention("/Workforce/Upload", model =>
            {
                model.Filters.Add(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(uploadLimit * 2 + 1024 * 1024));
                model.Filters.Add(new Microsoft.AspNetCore.Mvc.RequestFormLimitsAttribute { MultipartBodyLengthLimit = uploadLimit * 2 + 1024 * 1024 });
            });
            // Answering pages are open to anyone with a link: they queue for a bounded number of database connections.
            options.Conventions.AddFolderApplicationModelConvention("/SurveyAnswer",
                model => model.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(AnsweringLimit)));
            options.Conventions.AddFolderApplicationModelConvention("/Respond",
                model => model.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(AnsweringLimit)));
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.AddConcurrencyLimiter(AnsweringLimit, limit =>
            {
                limit.PermitLimit = builder.Configuration.GetValue("Answering:MaxConcurrent", 32);
                limit.QueueLimit = builder.Configuration.GetValue("Answering:MaxQueued", 5000);
                limit.QueueProcessingOrder = System.Threading.RateLimiting.QueueProcessingOrder.OldestFirst;
            });
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
    }

    /// <summary>API callers get a status code, not a redirect to the sign-in page.</summary>
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
        }
    }

    public static void UseOneWorkforce(this WebApplication app)
    {
        app.UseServerTiming();
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
        }
        // A fault shows the GOV.UK error page, or application/problem+json to API callers; never internal details.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
        }));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => Results.Problem(statusCode: StatusCodes.Status500InternalServerError,
                title: "Sorry, there is a problem with the service", detail: "Try again later. Nothing you sent has been saved.").ExecuteAsync(context),
        }));
        // Pages get the GOV.UK error pages; the API gets application/problem+json.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = HealthResponse.WriteAsync,
        }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapApi();
        app.MapRazorPages();
    }
}


internal sealed class DatabaseHealthCheck(OneWorkforceDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}

internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
}
