using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Platform;

public sealed class ProductionModeTests
{
    [Fact]
    public async Task Outside_development_HSTS_is_sent_and_cookies_are_secure_only()
    {
        await using var factory = new AppFactory();
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = production.CreateClient(new() { BaseAddress = new Uri("https://oneworkforce.example.org"), AllowAutoRedirect = false });
        var response = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("oneworkforce-antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery);
        Assert.Contains("httponly", antiforgery);
    }

    [Fact]
    public async Task A_fault_shows_the_styled_500_page_without_internal_details()
    {
        await using var factory = new AppFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE arcs"));

        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, there is a problem with the service", html);
        Assert.Contains("govuk-footer", html);
        Assert.DoesNotContain("arcs", html);
        Assert.DoesNotContain("Exception", html);

        var api = await client.GetAsync("/api/v1/reference/ocwt");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("arcs", await api.Content.ReadAsStringAsync());
    }
}
