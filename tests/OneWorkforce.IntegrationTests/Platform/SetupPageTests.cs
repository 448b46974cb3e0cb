using System.Net;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Platform;

public sealed class SetupPageTests
{
    [Fact]
    public async Task The_set_up_page_makes_the_first_administrator_then_disappears()
    {
        await using var factory = new AppFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/setup")).StatusCode);
        var bad = await Browser.SubmitAsync(client, "/setup", ("Input.DisplayName", "Ada"), ("Input.Email", "ada@example.org"), ("Input.Password", "short"));
        Assert.Contains("Password must be 12 characters or more", await bad.Content.ReadAsStringAsync());
        var made = await Browser.SubmitAsync(client, "/setup", ("Input.DisplayName", "Ada"), ("Input.Email", "ada@example.org"), ("Input.Password", "correct horse battery"));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        var admin = await Browser.SignedInClientAsync(factory, "ada@example.org", "correct horse battery");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/areas")).StatusCode);
    }
}
