using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Partners;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Partners;

/// <summary>
/// The partner directory through the pages and the API: public search and filters, an organisation asking to be listed
/// and its lead approving, saving confirms a listing, the 12-month review, bad input named by field, and who may do what.
/// </summary>
public sealed class DirectoryTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static OneWorkforceDbContext Db(IServiceProvider s) => s.GetRequiredService<OneWorkforceDbContext>();

    [Fact]
    public async Task Anyone_finds_listed_organisations_by_words_kind_ages_and_district_and_the_API_answers_the_same()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var all = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory"));
        Assert.Contains("Little Acorns Day Nursery", all);
        Assert.DoesNotContain("1st Northbridge Scout Group", all); // asked to be listed, not yet approved
        Assert.Contains("Demoshire Community Health Team", all);

        var nursery = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory?Q=funded+places&Category=early-years&AgeRange=0-4"));
        Assert.Contains("1 organisation", nursery);
        Assert.Contains("Little Acorns Day Nursery", nursery);
        var youth = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory?Category=youth"));
        Assert.Contains("Riverside Youth Club", youth);
        Assert.DoesNotContain("Little Acorns", youth);
        var bad = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/directory?Category=pubs&AgeRange=99"));
        Assert.Contains("Choose a kind of organisation from the list", bad);
        Assert.Contains("Choose ages from the list", bad);

        // A district: organisations serving the whole area are in every district.
        var district = await app.WithScopeAsync(s => Db(s).Districts.Where(d => d.AreaId == app.DemoAreaId).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var inDistrict = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/directory?Area=E99999999&District={district}"));
        Assert.Contains("Demoshire Community Health Team", inDistrict);

        var json = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/organisations?category=early-years&area=E99999999")).RootElement;
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal("Little Acorns Day Nursery", json.GetProperty("items")[0].GetProperty("name").GetString());
        var problem = await anonymous.GetAsync("/api/v1/organisations?category=pubs&ageRange=x&pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        var problemText = await problem.Content.ReadAsStringAsync();
        Assert.Contains("category must be one of", problemText);
        Assert.Contains("ageRange must be one of", problemText);

        // Not listed: not found for the public.
        var scouts = await app.WithScopeAsync(s => Db(s).Organisations.Where(o => o.Reference == "CH400004").Select(o => o.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/directory/{scouts}")).StatusCode);
    }

    [Fact]
    public async Task An_organisation_asks_to_be_listed_the_lead_approves_and_saving_again_confirms_it()
    {
        // The youth club starts out of the directory here.
        var youth = await app.WithScopeAsync(async s =>
        {
            var o = await Db(s).Organisations.SingleAsync(x => x.Id == app.YouthClubId);
            o.ListingStatus = null;
            o.ListingConfirmedOn = null;
            await Db(s).SaveChangesAsync();
            return o.Id;
        });
        var manager = await ManagerOfAsync(youth);
        const string form = "/directory/listing";
        Assert.Contains("Not in the directory yet", WebUtility.HtmlDecode(await manager.GetStringAsync(form)));
        var bad = await Browser.SubmitAsync(manager, form,
            [new("Description", ""), new("Website", "youth.example"), new("Phone", "ring us"), new("ContactEmail", "nope"), new("Where", "districts")], form);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Say what your organisation does", html);
        Assert.Contains("Choose at least one kind of organisation", html);
        Assert.Contains("Choose the districts you work in", html);
        Assert.Contains("Enter the website address in full", html);
        Assert.Contains("Enter a telephone number", html);
        Assert.Contains("Enter an email address in the right format", html);
        var noWhere = WebUtility.HtmlDecode(await (await Browser.SubmitAsync(manager, form, [new("Description", "Youth club"), new("Categories", "youth")], form)).Content.ReadAsStringAsync());
        Assert.Contains("Say whether you work across the whole area or in some districts", noWhere);
        Assert.DoesNotContain("Choose the districts you work in", noWhere);
        Assert.Null(await app.WithScopeAsync(s => Db(s).Organisations.Where(o => o.Id == youth).Select(o => o.ListingStatus).SingleAsync()));

        var saved = await Browser.SubmitAsync(manager, form,
            [new("Description", "Youth club for 12 to 19 year olds"), new("Categories", "youth"), new("AgeRanges", "12-19"), new("Where", "all"), new("Website", "https://youth.example.org")], form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(PartnerListing.Requested, await app.WithScopeAsync(s => Db(s).Organisations.Where(o => o.Id == youth).Select(o => o.ListingStatus).SingleAsync()));
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/directory/{youth}")).StatusCode);
        Assert.Contains("Waiting for the area's workforce lead", WebUtility.HtmlDecode(await manager.GetStringAsync($"/directory/{youth}")));

        // Another area's lead cannot approve it; this area's lead can.
        var otherLead = await Browser.SignedInClientAsync(app, DemoAppFactory.OtherLeadEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.SubmitAsync(otherLead, "/directory/manage", [new("id", youth.ToString()), new("decision", "list")], "/directory/manage")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/directory/manage")).StatusCode);
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var waiting = WebUtility.HtmlDecode(await lead.GetStringAsync("/directory/manage"));
        Assert.Contains("Youth club for 12 to 19 year olds", waiting);
        Assert.Contains("Due for review", waiting); // the health team, last checked 14 months ago
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SubmitAsync(lead, "/directory/manage", [new("id", youth.ToString()), new("decision", "list")], "/directory/manage")).StatusCode);
        Assert.Contains("Youth club for 12 to 19 year olds", WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/directory/{youth}")));

        // Saving a listed entry confirms it today; the export has it; every step is audited.
        await app.WithScopeAsync(async s => { await Db(s).Organisations.Where(o => o.Id == youth).ExecuteUpdateAsync(u => u.SetProperty(o => o.ListingConfirmedOn, new DateOnly(2020, 1, 1))); });
        await Browser.SubmitAsync(manager, form, [new("Description", "Youth club for 12 to 19 year olds, Tuesdays and Thursdays"), new("Categories", "youth"), new("Where", "all")], form);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), await app.WithScopeAsync(s => Db(s).Organisations.Where(o => o.Id == youth).Select(o => o.ListingConfirmedOn).SingleAsync()));
        var csv = await (await lead.GetAsync("/directory/manage?Format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("Youth club for 12 to 19 year olds, Tuesdays and Thursdays", csv);
        Assert.Equal(3, await app.WithScopeAsync(s => Db(s).AuditEntries.CountAsync(e => e.EntityType == "Organisation" && e.EntityId == youth.ToString() && e.Action.StartsWith("directory-"))));
    }

    [Fact]
    public async Task Writing_a_listing_needs_an_organisation_manager_and_a_formula_in_a_listing_is_neutralised_in_the_export()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/directory/listing")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/directory/manage")).StatusCode);
        foreach (var email in new[] { "practitioner@demo.example.org", "provider@demo.example.org", "lead@demo.example.org" })
        {
            var client = await Browser.SignedInClientAsync(app, email);
            Assert.True((await client.GetAsync("/directory/listing")).StatusCode == HttpStatusCode.Forbidden, email);
        }
        var school = await app.WithScopeAsync(s => TestData.OrganisationIdAsync(s, app.DemoAreaId, "URN300003"));
        var manager = await ManagerOfAsync(school);
        const string form = "/directory/listing";
        await Browser.SubmitAsync(manager, form, [new("Description", "=HYPERLINK(\"http://evil.example\")"), new("Categories", "children-5-11"), new("Where", "all")], form);
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        var csv = await (await lead.GetAsync("/directory/manage?Format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("'=HYPERLINK", csv);
    }

    private async Task<HttpClient> ManagerOfAsync(int organisationId)
    {
        var email = $"manager{organisationId}@demo.example.org";
        await app.WithScopeAsync(s => TestData.AccountAsync(s, email, OneWorkforce.Core.Access.ServiceRoles.OrganisationManager, app.DemoAreaId, organisationId));
        return await Browser.SignedInClientAsync(app, email);
    }
}
