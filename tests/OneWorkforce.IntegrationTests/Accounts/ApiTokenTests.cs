using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Accounts;

public sealed partial class ApiTokenTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [GeneratedRegex("data-testid=\"new-token\">(ow_[^<]+)<")]
    private static partial Regex NewToken();

    [Fact]
    public async Task A_token_made_on_the_account_page_works_until_revoked_and_is_stored_hashed()
    {
        var manager = await Browser.SignedInClientAsync(factory, "manager@demo.example.org");
        var empty = await Browser.SubmitAsync(manager, "/account?handler=Create", [new("Input.Name", "")], "/account");
        Assert.Contains("Enter a name for the token", await empty.Content.ReadAsStringAsync());

        var created = await Browser.SubmitAsync(manager, "/account?handler=Create", [new("Input.Name", "Payroll export")], "/account");
        var secret = NewToken().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("ow_", secret);

        var machine = factory.CreateClient();
        machine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var me = await machine.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("manager@demo.example.org", me.GetProperty("email").GetString());
        Assert.Equal(factory.NurseryId, me.GetProperty("organisationId").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync($"/api/v1/organisations/{factory.NurseryId}/people")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await machine.GetAsync($"/api/v1/organisations/{factory.YouthClubId}")).StatusCode);

        var stored = await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().ApiTokens.SingleAsync(t => t.Name == "Payroll export"));
        Assert.NotEqual(secret, stored.Hash);
        Assert.DoesNotContain(secret, stored.Hash);

        var revoked = await Browser.SubmitAsync(manager, "/account?handler=Revoke", [new("tokenId", stored.Id.ToString())], "/account");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_made_up_token_is_refused()
    {
        var machine = factory.CreateClient();
        machine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ow_made_up_token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Someone_cannot_revoke_another_persons_token()
    {
        var manager = await Browser.SignedInClientAsync(factory, "manager@demo.example.org");
        await Browser.SubmitAsync(manager, "/account?handler=Create", [new("Input.Name", "Mine")], "/account");
        var id = await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().ApiTokens.Where(t => t.Name == "Mine").Select(t => t.Id).SingleAsync());
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var attempt = await Browser.SubmitAsync(lead, "/account?handler=Revoke", [new("tokenId", id.ToString())], "/account");
        Assert.Equal(HttpStatusCode.NotFound, attempt.StatusCode);
    }
}
