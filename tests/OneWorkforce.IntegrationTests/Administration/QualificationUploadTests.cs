using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Administration;

public sealed class QualificationUploadTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private const string Page = "/admin/qualifications/import";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? format, string? fileName, string? content, bool dryRun = false)
    {
        var token = await Browser.TokenFromAsync(client, Page);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (format is not null)
        {
            form.Add(new StringContent(format), "Format");
        }
        if (dryRun)
        {
            form.Add(new StringContent("yes"), "DryRun");
        }
        if (fileName is not null)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content ?? "")), "Upload", fileName);
        }
        return await client.PostAsync(Page, form);
    }

    private Task<int> UnitCountAsync() => factory.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Units.CountAsync());

    [Fact]
    public async Task The_administrator_uploads_a_file_and_sees_what_changed()
    {
        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var before = await UnitCountAsync();
        var file = "Unit Ref,Unit Title,Level,Credits,Guided Learning Hours\nUP-1,Uploaded unit,3,2,\n";
        var check = await (await UploadAsync(admin, "units", "units.csv", file, dryRun: true)).Content.ReadAsStringAsync();
        Assert.Contains("units.csv: 1 added, 0 updated, 0 unchanged. This was a check: nothing was saved.", check);
        Assert.Equal(before, await UnitCountAsync());
        var done = await (await UploadAsync(admin, "units", "units.csv", file)).Content.ReadAsStringAsync();
        Assert.Contains("units.csv: 1 added, 0 updated, 0 unchanged.", done);
        Assert.Equal(before + 1, await UnitCountAsync());
    }

    [Fact]
    public async Task A_broken_upload_lists_every_problem_and_saves_nothing()
    {
        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var before = await UnitCountAsync();
        var html = await (await UploadAsync(admin, "units", "bad-units.csv",
            "Unit Ref,Unit Title,Level,Credits,Guided Learning Hours\nUP-2,Fine,3,2,\nUP-3,Bad level,12,2,\nUP-4,Bad credits,3,lots,\n")).Content.ReadAsStringAsync();
        Assert.Contains("bad-units.csv was not imported", html);
        Assert.Contains("The file has 2 problems. Nothing from it was saved.", html);
        Assert.Contains("&#x27;12&#x27; is not a level", html);
        Assert.Contains("Enter a whole number from 0 to 999", html);
        Assert.Equal(before, await UnitCountAsync());
    }

    [Fact]
    public async Task Missing_choices_use_the_error_summary()
    {
        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var html = await (await UploadAsync(admin, null, null, null)).Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#Format\">Select the kind of file</a>", html);
        Assert.Contains("<a href=\"#Upload\">Select a CSV, Excel or JSON file to upload</a>", html);
    }

    [Fact]
    public async Task Only_the_national_administrator_can_upload()
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateClient().GetAsync(Page)).StatusCode);
    }
}
