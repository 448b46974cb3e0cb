using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneWorkforce.Data;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Cli;

/// <summary>The same configuration as the web app (appsettings.json in the working directory, then environment variables).</summary>
internal static class CliServices
{
    public static ServiceProvider Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        if (CliApp.Settings is { } settings)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Services.AddSingleton<IActor, CliActor>();
        builder.Services.AddOneWorkforceData(builder.Configuration);
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Runs a command's work in a scope, turning any failure into a message on stderr and exit code 1.</summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, Task<int>> work)
    {
        try
        {
            await using var services = Build();
            await using var scope = services.CreateAsyncScope();
            return await work(scope.ServiceProvider);
        }
        catch (Exception ex)
        {
            await CliConsole.Error.WriteLineAsync($"Error: {Describe(ex)}");
            return 1;
        }
    }

    private static string Describe(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null && inner is not InvalidOperationException)
        {
            inner = inner.InnerException;
        }
        return inner.Message;
    }
}
