using System.Net;
using System.Net.Http.Json;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Platform;

/// <summary>Authorisation is checked on the server for every page and endpoint, per role, across organisations and areas.</summary>
public sealed class AuthorisationTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    public static TheoryData<string> SignedInPages => new()
    {
        "/account", "/account/two-factor", "/admin/areas", "/admin/areas/new", "/admin/audit",
        "/areas/mine", "/areas/E99999999", "/areas/E99999999/organisations/new", "/areas/E99999999/leads/invite",
        "/organisations/1", "/organisations/1/invite",
    };

    public static TheoryData<string> SignedInApi => new()
    {
        "/api/v1/me", "/api/v1/areas", "/api/v1/areas/E99999999", "/api/v1/areas/E99999999/organisations",
        "/api/v1/organisations/1", "/api/v1/organisations/1/people", "/api/v1/audit",
    };

    [Theory]
    [MemberData(nameof(SignedInPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_signed_in_page(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery.Replace("https://localhost", ""));
    }

    [Theory]
    [MemberData(nameof(SignedInApi))]
    public async Task Anonymous_callers_get_401_problem_from_every_signed_in_endpoint(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_manager_cannot_open_another_organisations_pages_or_records()
    {
        var manager = await Browser.SignedInClientAsync(factory, "manager@demo.example.org");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/organisations/{factory.NurseryId}")).StatusCode);

        var page = await manager.GetAsync($"/organisations/{factory.YouthClubId}");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("Riverside Youth Club", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/organisations/{factory.YouthClubId}/invite")).StatusCode);

        var api = await manager.GetAsync($"/api/v1/organisations/{factory.YouthClubId}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain("Riverside", await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/organisations/{factory.YouthClubId}/people")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/organisations/{factory.NurseryId}/people")).StatusCode);
    }

    [Fact]
    public async Task An_area_lead_cannot_reach_another_area()
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/areas/E99999999")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/areas/{DemoAppFactory.OtherAreaCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/areas/{DemoAppFactory.OtherAreaCode}/organisations/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/organisations/{factory.OtherOrganisationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/api/v1/areas/{DemoAppFactory.OtherAreaCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/api/v1/areas/{DemoAppFactory.OtherAreaCode}/organisations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/api/v1/organisations/{factory.OtherOrganisationId}")).StatusCode);
        var areas = await lead.GetStringAsync("/api/v1/areas");
        Assert.Contains("E99999999", areas);
        Assert.DoesNotContain(DemoAppFactory.OtherAreaCode, areas);
    }

    [Fact]
    public async Task An_area_lead_sees_an_organisations_managers_but_not_its_staff()
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var html = await lead.GetStringAsync($"/organisations/{factory.NurseryId}");
        Assert.Contains("Morgan Manager", html);
        Assert.DoesNotContain("Pat Practitioner", html);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/api/v1/organisations/{factory.NurseryId}/people")).StatusCode);
    }

    [Theory]
    [InlineData("practitioner@demo.example.org")]
    [InlineData("manager@demo.example.org")]
    [InlineData("lead@demo.example.org")]
    [InlineData("provider@demo.example.org")]
    public async Task Only_the_national_administrator_reaches_administration(string email)
    {
        var client = await Browser.SignedInClientAsync(factory, email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/areas")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
        var create = await client.PostAsJsonAsync("/api/v1/areas", new { name = "Sneaky", code = "E06000001" });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task A_practitioner_sees_their_organisation_but_cannot_invite()
    {
        var practitioner = await Browser.SignedInClientAsync(factory, "practitioner@demo.example.org");
        Assert.Equal(HttpStatusCode.OK, (await practitioner.GetAsync($"/organisations/{factory.NurseryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync($"/organisations/{factory.NurseryId}/invite")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetAsync($"/api/v1/organisations/{factory.NurseryId}/people")).StatusCode);
    }

    [Fact]
    public async Task The_national_administrator_sees_every_area_but_no_organisation_people()
    {
        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var areas = await admin.GetStringAsync("/api/v1/areas");
        Assert.Contains("E99999999", areas);
        Assert.Contains(DemoAppFactory.OtherAreaCode, areas);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/areas/{DemoAppFactory.OtherAreaCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/organisations/{factory.NurseryId}/people")).StatusCode);
    }
}
