using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Qualifications;

public sealed class DuplicateReviewTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    private Task<int> IdOf(string reference) => factory.WithScopeAsync(s =>
        s.GetRequiredService<OneWorkforceDbContext>().Qualifications.Where(q => q.Reference == reference).Select(q => q.Id).SingleAsync());

    [Fact]
    public async Task The_real_list_has_pairs_to_review_and_the_administrator_keeps_or_merges_them()
    {
        var pairs = await factory.WithScopeAsync(s => s.GetRequiredService<DuplicateReviews>().ListAsync());
        Assert.Contains(pairs, p => p.First.Reference == "EYQ-025" && p.Second.Reference == "EYQ-032");
        Assert.DoesNotContain(pairs, p => p.First.VersionGroup == p.Second.VersionGroup);

        var admin = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var page = await admin.GetStringAsync("/admin/qualifications/duplicates");
        Assert.Contains($"{pairs.Count} pairs to review", page);

        var (first, second) = (pairs[0].First, pairs[0].Second);
        var keep = await Browser.SubmitAsync(admin, "/admin/qualifications/duplicates?handler=Keep",
            [new("first", first.Id.ToString()), new("second", second.Id.ToString())], "/admin/qualifications/duplicates");
        Assert.Equal(HttpStatusCode.Redirect, keep.StatusCode);
        Assert.Contains("Both qualifications are kept", await admin.GetStringAsync("/admin/qualifications/duplicates"));

        var (kept, merged) = (await IdOf("EYQ-025"), await IdOf("EYQ-032"));
        var merge = await Browser.SubmitAsync(admin, "/admin/qualifications/duplicates?handler=Merge",
            [new("kept", kept.ToString()), new("merged", merged.ToString())], "/admin/qualifications/duplicates");
        Assert.Equal(HttpStatusCode.Redirect, merge.StatusCode);

        var after = await factory.WithScopeAsync(s => s.GetRequiredService<DuplicateReviews>().ListAsync());
        Assert.True(after.Count < pairs.Count - 1);
        Assert.DoesNotContain(after, p => p.First.Id == merged || p.Second.Id == merged);
        Assert.Contains("This record was a duplicate. Use <a class=\"govuk-link\" href=\"/qualifications/EYQ-025\">", await factory.CreateClient().GetStringAsync("/qualifications/EYQ-032"));

        await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            var record = await db.Qualifications.SingleAsync(q => q.Id == merged);
            Assert.Equal(("withdrawn", (int?)kept), (record.Status, record.ReplacedById));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "Qualification" && e.EntityId == merged.ToString() && e.Action == "updated" && e.ActorName == "admin@demo.example.org"));
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityType == "DuplicateReview"));
        });

        var again = await Browser.SubmitAsync(admin, "/admin/qualifications/duplicates?handler=Keep",
            [new("first", first.Id.ToString()), new("second", second.Id.ToString())], "/admin/qualifications/duplicates");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode); // already decided
    }

    [Theory]
    [InlineData("lead@demo.example.org")]
    [InlineData("manager@demo.example.org")]
    public async Task Only_the_national_administrator_reviews_duplicates(string email)
    {
        var client = await Browser.SignedInClientAsync(factory, email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/qualifications/duplicates")).StatusCode);
        var post = await Browser.SubmitAsync(client, "/admin/qualifications/duplicates?handler=Merge", [new("kept", "1"), new("merged", "2")], "/account");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }
}
