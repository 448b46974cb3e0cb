using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OneWorkforce.Testing;

namespace OneWorkforce.BrowserTests;

/// <summary>
/// The app with the demo data on a real Kestrel port, and Debian's Chromium driven by Playwright.
/// The browser is never downloaded: ExecutablePath points at the system's chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public KestrelDemoApp App { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await WarmUpAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// The first request to a new app compiles its code paths and opens its first database connections; on a busy CI
    /// machine that once took a test's first step past its time limit. Done here, it is nobody's first step.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        foreach (var path in new[] { "/", "/account/sign-in", "/training", "/workforce/data-standard" })
            (await http.GetAsync(path)).EnsureSuccessStatusCode();
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(30_000); // a step that cannot happen fails in 30 s with its reason, not a hung run
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as one of the demo accounts, on the page the sign-in leads to.</summary>
    public async Task<IPage> SignedInAsync(string email, bool javaScript = true, int width = 1280)
    {
        var page = await NewPageAsync(javaScript, width);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(OneWorkforce.Data.Demo.DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The page-by-page tests: one app and one browser, the tests one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// The long journeys (self-assessment, answering, workforce) on an app and a browser of their own, so they run beside
/// the page tests: most of a browser test's time is spent waiting on the browser, not on the processor.
/// </summary>
[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser journeys";
}

/// <summary>Tests whose pages read provider-specific SQL: the test command runs these on PostgreSQL as well as SQLite.</summary>
public static class Databases
{
    public const string Trait = "Databases";
    public const string Both = "both";
}
