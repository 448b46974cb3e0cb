using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OneWorkforce.Testing;

/// <summary>The whole web app on a real database of its own, with mail written to a folder of its own.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; }
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "oneworkforce-tests", "mail-" + Guid.NewGuid().ToString("N"));

    public AppFactory() : this(new TestDatabase())
    {
    }

    /// <summary>Another web node on an existing database (as behind a load balancer); the database is not dropped with it.</summary>
    public static AppFactory OnDatabase(TestDatabase database) => new AppFactory(database).SharingDatabase();

    protected AppFactory(TestDatabase database)
    {
        Database = database;
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:OneWorkforce", Database.ConnectionString);
        builder.UseSetting("Mail:PickupDirectory", MailFolder);
        builder.UseSetting("Site:BaseUrl", "https://localhost");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Catalogue:WarmCheckSeconds", "1");
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithScopeAsync(Func<IServiceProvider, Task> work) => WithScopeAsync(async s => { await work(s); return 0; });

    public IReadOnlyList<string> Mails() =>
        Directory.Exists(MailFolder)
            ? Directory.GetFiles(MailFolder, "*.eml").OrderBy(File.GetCreationTimeUtc).Select(File.ReadAllText).ToList()
            : [];

    private bool _ownsDatabase = true;

    public AppFactory SharingDatabase()
    {
        _ownsDatabase = false;
        return this;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            Database.Dispose();
        }
        GC.SuppressFinalize(this);
    }
}
