using System.Net;
using System.Text.Json;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Platform;

public sealed class PageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/", "OneWorkforce")]
    [InlineData("/accessibility", "Accessibility statement for OneWorkforce")]
    [InlineData("/privacy", "Privacy notice")]
    [InlineData("/cookies", "Cookies")]
    [InlineData("/account/sign-in", "Sign in to OneWorkforce")]
    [InlineData("/account/forgot-password", "Reset your password")]
    public async Task Public_pages_use_the_GOV_UK_template(string path, string heading)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($">{heading}</h1>", html);
        Assert.Contains("govuk-skip-link", html);
        Assert.Contains("govuk-phase-banner", html);
        Assert.Contains("href=\"/accessibility\"", html);
        Assert.DoesNotContain("<script>", html); // no inline script: the CSP forbids it
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_no_server_banner()
    {
        var response = await factory.CreateClient().GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Responses_say_how_long_the_server_took()
    {
        var response = await factory.CreateClient().GetAsync("/");
        Assert.Matches(@"^app;dur=\d+\.\d$", response.Headers.GetValues("Server-Timing").Single());
    }

    [Fact]
    public async Task Unknown_pages_get_the_styled_404_page()
    {
        var response = await factory.CreateClient().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
        Assert.Contains("govuk-footer", html);
    }

    [Fact]
    public async Task Health_checks_the_database()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenAPI_document_lists_the_v1_endpoints()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/areas", out _));
        Assert.True(paths.TryGetProperty("/api/v1/organisations/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/reference/roles", out _));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var response = await factory.CreateClient().PostAsync("/account/sign-in",
            new FormUrlEncodedContent([new("Input.Email", "a@example.org"), new("Input.Password", "whatever-password")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
