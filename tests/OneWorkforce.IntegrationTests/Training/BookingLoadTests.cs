using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Data;
using OneWorkforce.Data.Demo;
using OneWorkforce.Testing;
using Status = OneWorkforce.Core.Training.TrainingCodes.BookingStatus;

namespace OneWorkforce.IntegrationTests.Training;

/// <summary>
/// The concurrency test the training issue asks for, over real HTTP on 127.0.0.1: 200 bookings sent at the same moment
/// for a session of 20 places give exactly 20 places and 180 on the waiting list, in the order they joined; cancelling
/// one place promotes exactly one person. Bounded: it stops by itself after <see cref="Limit"/>.
/// </summary>
public sealed partial class BookingLoadTests : IAsyncLifetime
{
    private const int People = 200;
    private const int Places = 20;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);
    private readonly KestrelDemoApp app = new(withWorkforce: false);

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        _ = app.CreateClient(); // starts Kestrel
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Two_hundred_bookings_at_once_for_twenty_places_give_twenty_places_and_a_waiting_list_of_180()
    {
        using var stop = new CancellationTokenSource(Limit);
        var (_, sessionId) = await app.WithScopeAsync(s => TrainingData.CourseWithSessionAsync(s, app.DemoAreaId, Places, "Twenty places"));
        var workers = await app.WithScopeAsync(s => TrainingData.WorkersAsync(s, app.NurseryId, "RUSH", People));
        var baseUrl = new Uri(app.BaseUrl.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Assert.Equal("127.0.0.1", baseUrl.Host);

        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true, MaxConnectionsPerServer = People };
        using var manager = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(3) };
        var signInPage = await manager.GetStringAsync("/account/sign-in", stop.Token);
        using (var signIn = await manager.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["Input.Email"] = "manager@demo.example.org", ["Input.Password"] = DemoData.Password,
                   ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(signInPage).Groups[1].Value),
               }), stop.Token))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var bookPage = await manager.GetStringAsync($"/training/sessions/{sessionId}/book", stop.Token);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(bookPage).Groups[1].Value);

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = workers.Select(async worker =>
        {
            await go.Task;
            using var sent = await manager.PostAsync($"/training/sessions/{sessionId}/book", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["For"] = "staff", ["Staff"] = worker.StaffReference, ["Name"] = worker.StaffReference, ["Email"] = "", ["__RequestVerificationToken"] = token,
            }), stop.Token);
            return sent.StatusCode;
        }).ToList();
        go.SetResult();
        var codes = await Task.WhenAll(sends);
        Assert.All(codes, code => Assert.Equal(HttpStatusCode.Redirect, code));

        var (bookings, taken) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OneWorkforceDbContext>();
            return (await db.Bookings.AsNoTracking().Where(b => b.SessionId == sessionId).ToListAsync(),
                await db.CourseSessions.Where(x => x.Id == sessionId).Select(x => x.PlacesTaken).SingleAsync());
        });
        Assert.Equal(People, bookings.Count);
        Assert.Equal(People, bookings.Select(b => b.WorkerId).Distinct().Count());
        Assert.Equal(Places, bookings.Count(b => b.Status == Status.Booked));
        Assert.Equal(People - Places, bookings.Count(b => b.Status == Status.Waiting));
        Assert.Equal(Places, taken);

        // Cancelling one place promotes exactly one person: the first to join the waiting list.
        var first = bookings.Where(b => b.Status == Status.Waiting).OrderBy(b => b.StatusChangedAt).ThenBy(b => b.Id).First();
        var cancelled = bookings.First(b => b.Status == Status.Booked);
        var list = await manager.GetStringAsync("/training/bookings", stop.Token);
        using (var cancel = await manager.PostAsync($"/training/bookings?handler=Cancel&booking={cancelled.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(list).Groups[1].Value),
               }), stop.Token))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        }
        var after = await app.WithScopeAsync(s => s.GetRequiredService<OneWorkforceDbContext>().Bookings.AsNoTracking().Where(b => b.SessionId == sessionId).ToListAsync());
        Assert.Equal(Places, after.Count(b => b.Status == Status.Booked));
        Assert.Equal(People - Places - 1, after.Count(b => b.Status == Status.Waiting));
        Assert.Equal(Status.Cancelled, after.Single(b => b.Id == cancelled.Id).Status);
        Assert.Equal(Status.Booked, after.Single(b => b.Id == first.Id).Status);
    }
}
