using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Assessment;

/// <summary>
/// The load test the self-assessment issue asks for: 500 people answer at once over real HTTP on 127.0.0.1
/// (each with their own cookies and antiforgery token, through every page: start, 8 arcs, send), all sending
/// in the same moment. Every answer must be stored exactly once, none lost. Bounded: it stops by itself
/// after <see cref="Limit"/> whatever happens.
/// </summary>
public sealed partial class AnsweringLoadTests : IAsyncLifetime
{
    private const int Respondents = 500;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);
    private readonly KestrelDemoApp app = new();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        _ = app.CreateClient(); // starts Kestrel
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    /// <summary>Respondent <paramref name="who"/>'s answer to a cell: spread over 1–5 and don't know, different for everyone.</summary>
    private static string Answer(int who, int arc, int stage) => ((who * 7) + (arc * 3) + stage) % 6 is var n && n == 5 ? "dk" : (n + 1).ToString();

    [Fact]
    public async Task Five_hundred_people_sending_at_once_are_each_stored_exactly_once_with_every_answer()
    {
        using var stop = new CancellationTokenSource(Limit);
        var link = await app.WithScopeAsync(async s =>
        {
            var area = await s.GetRequiredService<OneWorkforceDbContext>().Areas.SingleAsync(a => a.Code == "E99999999");
            var cycles = s.GetRequiredService<AssessmentCycles>();
            var made = await cycles.CreateAsync(area, new CycleInput("Load test", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), null, ["leaders", "frontline"]));
            await cycles.OpenAsync(made.Value!, s.GetRequiredService<FrameworkStatements>());
            return (await cycles.FindAsync(area.Id, "Load test"))!;
        });
        var baseUrl = new Uri(app.BaseUrl.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Assert.Equal("127.0.0.1", baseUrl.Host);

        var allReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = 0;
        var tokens = new ConcurrentDictionary<int, string>();
        async Task RespondAsync(int who)
        {
            using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
            using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(3) };
            try
            {
                var page = await client.GetStringAsync($"/respond/open/{link.OpenLinkToken}", stop.Token);
                var antiforgery = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
                async Task<string> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
                {
                    using var sent = await client.PostAsync(path, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", antiforgery))), stop.Token);
                    Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
                    return sent.Headers.Location!.OriginalString;
                }
                var first = await PostAsync($"/respond/open/{link.OpenLinkToken}", [new("About.Group", who % 3 == 0 ? "leaders" : "frontline"), new("About.Locality", "none")]);
                var path = first[..^"/arc/1".Length];
                tokens[who] = path["/respond/".Length..];
                for (var arc = 1; arc <= 8; arc++)
                {
                    var fields = Enumerable.Range(1, 8).Select(stage => new KeyValuePair<string, string>($"a{arc}s{stage}", Answer(who, arc, stage))).ToList();
                    fields.Add(new("c1", $"Comment from respondent {who}"));
                    fields.Add(new("next", "continue"));
                    await PostAsync($"{path}/arc/{arc}", fields);
                }
                if (Interlocked.Increment(ref ready) == Respondents)
                {
                    allReady.SetResult();
                }
                await allReady.Task.WaitAsync(stop.Token); // everyone sends in the same moment
                Assert.Equal($"{path}/sent", await PostAsync($"{path}/check", []));
                if (who % 10 == 0)
                {
                    Assert.Equal($"{path}/sent", await PostAsync($"{path}/check", [])); // a double click changes nothing
                }
            }
            catch
            {
                allReady.TrySetCanceled();
                throw;
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Respondents).Select(RespondAsync));

        var stored = await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().QuestionnaireResponses.AsNoTracking()
            .Where(r => r.OwnerId == link.Id && r.Kind == AssessmentResponses.Kind).ToListAsync());
        Assert.Equal(Respondents, stored.Count);
        Assert.All(stored, r => Assert.Equal(QuestionnaireResponse.Submitted, r.Status));
        var byToken = stored.ToDictionary(r => r.Token);
        foreach (var (who, token) in tokens)
        {
            var expected = ScoreLine.From((arc, stage) => Answer(who, arc, stage));
            Assert.Equal(expected, byToken[token].ScoreLine);
        }
        var comments = await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().AssessmentComments.CountAsync(c => c.CycleId == link.Id));
        Assert.Equal(Respondents, comments);

        // The analysis counts every answer once: 500 × 64 items, less the don't-knows.
        var figures = await app.WithScopeAsync(async s => (await s.GetRequiredService<AssessmentCycles>().TalliesAsync(link.Id)).All.Figures());
        var dontKnow = (from who in Enumerable.Range(0, Respondents) from arc in Enumerable.Range(1, 8) from stage in Enumerable.Range(1, 8)
                        where Answer(who, arc, stage) == "dk" select 1).Count();
        Assert.Equal(Respondents, figures.Respondents);
        Assert.Equal(Respondents * 64 - dontKnow, figures.Count);
        Assert.Equal(dontKnow, figures.Cells.Sum(c => c.DontKnow));
    }
}
