using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Partners;

/// <summary>
/// Workforce news end to end: asking for it with a named error for a bad address, confirming from the email, the lead's
/// update reaching only confirmed people with a working unsubscribe link, and who may send.
/// </summary>
public sealed partial class NewsTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private static OneWorkforceDbContext Db(IServiceProvider s) => s.GetRequiredService<OneWorkforceDbContext>();

    [GeneratedRegex(@"news/(confirm|unsubscribe)/([A-Za-z0-9_-]+)")]
    private static partial Regex NewsLink();

    private string LinkIn(string mail, string kind) =>
        NewsLink().Matches(mail.Replace("=\r\n", "").Replace("=\n", "")).First(m => m.Groups[1].Value == kind).Value;

    [Fact]
    public async Task People_confirm_before_they_get_the_news_and_every_update_carries_a_working_unsubscribe_link()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var bad = await Browser.SubmitAsync(anonymous, "/news", [new("Area", "E99999999"), new("Email", "not an address"), new("Name", new string('n', 101))], "/news");
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Enter an email address in the right format", badHtml);
        Assert.Contains("100 characters or fewer", badHtml);
        var noArea = await Browser.SubmitAsync(anonymous, "/news", [new("Area", "nowhere"), new("Email", "a@example.org")], "/news");
        Assert.Contains("Choose your area from the list", WebUtility.HtmlDecode(await noArea.Content.ReadAsStringAsync()));
        Assert.Equal(0, await app.WithScopeAsync(s => Db(s).NewsSubscribers.CountAsync()));

        foreach (var email in new[] { "Reader.One@Example.org", "reader.two@example.org" })
        {
            var asked = await Browser.SubmitAsync(anonymous, "/news", [new("Area", "E99999999"), new("Email", email), new("Name", "Reader")], "/news");
            Assert.Equal("/news?Sent=true", asked.Headers.Location!.OriginalString);
        }
        var confirmMail = app.Mails().Single(m => m.Contains("reader.one@example.org") && m.Contains("Confirm:"));
        var confirmed = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/" + LinkIn(confirmMail, "confirm")));
        Assert.Contains("You will get the news", confirmed);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/news/confirm/not-a-token")).StatusCode);

        // Asking again for a confirmed address changes nothing and says so.
        await Browser.SubmitAsync(anonymous, "/news", [new("Area", "E99999999"), new("Email", "reader.one@example.org")], "/news");
        Assert.Single(app.Mails(), m => m.Contains("You already get"));

        // Only the area's lead sends; the update reaches the one confirmed reader, not the one who never confirmed.
        var manager = await Browser.SignedInClientAsync(app, "manager@demo.example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/news/manage")).StatusCode);
        var lead = await Browser.SignedInClientAsync(app, "lead@demo.example.org");
        Assert.Contains("1 person gets the news; 1 still to confirm", WebUtility.HtmlDecode(await lead.GetStringAsync("/news/manage")));
        var empty = await Browser.SubmitAsync(lead, "/news/manage", [new("Subject", ""), new("Body", "")], "/news/manage");
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Enter a subject line", emptyHtml);
        Assert.Contains("Write the update", emptyHtml);
        var sent = await Browser.SubmitAsync(lead, "/news/manage", [new("Subject", "Free safeguarding refreshers this spring"), new("Body", "Six dates, evenings included.")], "/news/manage");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var updates = app.Mails().Where(m => m.Contains("Free safeguarding refreshers this spring")).ToList();
        var update = Assert.Single(updates);
        Assert.Contains("reader.one@example.org", update);
        Assert.Contains("Dear Reader,", update);

        // Unsubscribing asks for a button press (a link scanner cannot do it), then the next update leaves them out.
        var unsubscribe = "/" + LinkIn(update, "unsubscribe");
        Assert.Contains("Stop getting the news", WebUtility.HtmlDecode(await anonymous.GetStringAsync(unsubscribe)));
        Assert.NotNull(await app.WithScopeAsync(s => Db(s).NewsSubscribers.Where(x => x.Email == "reader.one@example.org").Select(x => x.ConfirmedAt).SingleAsync()));
        var left = await Browser.SubmitAsync(anonymous, unsubscribe, [], unsubscribe);
        Assert.Contains("You have unsubscribed", WebUtility.HtmlDecode(await left.Content.ReadAsStringAsync()));
        await Browser.SubmitAsync(lead, "/news/manage", [new("Subject", "Second update"), new("Body", "More news.")], "/news/manage");
        Assert.DoesNotContain(app.Mails(), m => m.Contains("Second update"));
        var sends = await app.WithScopeAsync(s => Db(s).NewsSends.AsNoTracking().OrderBy(x => x.Id).Select(x => x.Recipients).ToListAsync());
        Assert.Equal([1, 0], sends);
        Assert.Equal(2, await app.WithScopeAsync(s => Db(s).AuditEntries.CountAsync(e => e.Action == "news-send")));
    }
}
