using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Administration;

public sealed class AreaAdministrationTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_administrator_creates_an_area_with_districts()
    {
        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var response = await Browser.SubmitAsync(admin, "/admin/areas/new",
            ("Input.Name", "Leicestershire"), ("Input.Code", "e10000018"), ("Input.Districts", "Blaby\r\nCharnwood\r\n\r\nHarborough"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/areas/E10000018", response.Headers.Location!.OriginalString);
        var page = await admin.GetStringAsync("/areas/E10000018");
        Assert.Contains("Charnwood", page);
        Assert.Contains("Harborough", page);
        Assert.Contains("Leicestershire", await admin.GetStringAsync("/admin/areas"));
    }

    [Fact]
    public async Task Bad_area_input_shows_every_problem_and_keeps_the_values()
    {
        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var response = await Browser.SubmitAsync(admin, "/admin/areas/new", ("Input.Name", ""), ("Input.Code", "NOTACODE"), ("Input.Districts", "North\nnorth"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html);
        Assert.Contains("href=\"#Input-Name\"", html);
        Assert.Contains("&#x27;NOTACODE&#x27; is not an ONS area code", html);
        Assert.Contains("value=\"NOTACODE\"", html);
        Assert.Contains("North\nnorth</textarea>", html.Replace("\r\n", "\n"));

        var duplicate = await Browser.SubmitAsync(admin, "/admin/areas/new", ("Input.Name", "Another name"), ("Input.Code", "E99999999"));
        Assert.Contains("An area with code E99999999 already exists", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_API_creates_areas_and_explains_bad_requests_as_problem_details()
    {
        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var created = await admin.PostAsJsonAsync("/api/v1/areas", new { name = "Shropshire", code = "E06000051", districts = new[] { "Shrewsbury" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/areas/E06000051", created.Headers.Location!.OriginalString);

        var bad = await admin.PostAsJsonAsync("/api/v1/areas", new { name = "", code = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Enter the area's name", errors.GetProperty("Name")[0].GetString());
        Assert.Contains("is not an ONS area code", errors.GetProperty("Code")[0].GetString());

        var malformed = await admin.PostAsync("/api/v1/areas", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task A_lead_adds_an_organisation_and_the_change_is_in_the_audit_log()
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var bad = await Browser.SubmitAsync(lead, "/areas/E99999999/organisations/new", ("Input.Name", "Sunny Days Playgroup"), ("Input.Reference", ""));
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Select the sector of employer", badHtml);
        Assert.Contains("value=\"Sunny Days Playgroup\"", badHtml);

        var response = await Browser.SubmitAsync(lead, "/areas/E99999999/organisations/new",
            [new("Input.Name", "Sunny Days Playgroup"), new("Input.Reference", "EY777777"), new("Input.EmployerSector", "voluntary"),
             new("Input.Categories", "early-years"), new("Input.Categories", "family-support")], "/areas/E99999999/organisations/new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Organisations.Where(o => o.Reference == "EY777777").Select(o => o.Id).SingleAsync());

        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Organisation&entityId={id}");
        var entry = audit.GetProperty("items")[0];
        Assert.Equal("created", entry.GetProperty("action").GetString());
        Assert.Equal("lead@demo.example.org", entry.GetProperty("actorName").GetString());
        Assert.Equal(factory.DemoAreaId, entry.GetProperty("areaId").GetInt32());
        Assert.Contains("Sunny Days Playgroup", entry.GetProperty("changes").GetString());
        var page = await admin.GetStringAsync("/admin/audit?Filter.Actor=lead%40demo&Filter.EntityType=Organisation");
        Assert.Contains("EY777777", page);
    }
}
