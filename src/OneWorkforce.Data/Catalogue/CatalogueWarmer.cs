using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Data.Catalogue;

/// <summary>
/// Builds the catalogue snapshots (progression index, coverage report, gaps, spelling vocabulary, role summaries) in the
/// background: once at start-up, at once after a catalogue change saved on this node, and whenever a
/// check of the change stamp (every <c>Catalogue:WarmCheckSeconds</c>, 10 by default) finds another node
/// changed it. A reader then finds the snapshot built instead of waiting for it. Off with
/// <c>Catalogue:WarmSnapshots=false</c>.
/// </summary>
public sealed class CatalogueWarmer(IServiceScopeFactory scopes, CatalogueStampInterceptor stamps, IConfiguration configuration,
    ILogger<CatalogueWarmer> logger) : BackgroundService
{
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Catalogue:WarmSnapshots", true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Catalogue:WarmCheckSeconds", 10)));
        await Task.Yield(); // let the host finish starting first
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WarmAsync(scopes, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database that is not there yet (or is restarting) must not stop the app: try again later.
                logger.LogWarning(e, "Could not build the catalogue snapshots; trying again in {Seconds} s", every.TotalSeconds);
            }
            try
            {
                await stamps.WaitForChangeAsync(every, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Brings every snapshot up to the catalogue's current stamp (a stamp read each when nothing changed).</summary>
    public static async Task WarmAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ProgressionQueries>().WarmAsync(cancellationToken);
        var coverage = services.GetRequiredService<CoverageQueries>();
        await coverage.CommonCoreWithSectorsAsync(cancellationToken);
        await coverage.GapsAsync(cancellationToken);
        var search = services.GetRequiredService<QualificationSearch>();
        await search.WarmAsync(cancellationToken);
        await search.FiltersAsync(cancellationToken);
        await services.GetRequiredService<RoleQueries>().WarmAsync(cancellationToken);
        // The shared tables only feed the builds above: let them go (about 80 MB at national size).
        services.GetRequiredService<CatalogueSnapshots>().Forget(CatalogueTables.Key);
    }
}
