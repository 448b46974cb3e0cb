using OneWorkforce.Data.Workforce;

namespace OneWorkforce.Web.Infrastructure;

/// <summary>
/// Runs queued workforce uploads in the background on every web node. Each node claims a job with one conditional
/// update, so no two nodes run the same job; jobs left running by a node that stopped are marked failed.
/// </summary>
public sealed class UploadJobRunner(IServiceScopeFactory scopes, ILogger<UploadJobRunner> log) : BackgroundService
{
    /// <summary>This node's name in the jobs it claims: unique per process.</summary>
    public string Node { get; } = NodeName();

    private static string NodeName()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length > 200 ? name[^200..] : name;
    }

    /// <summary>A job of another node silent for longer than this has stopped.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            long? claimed = null;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var jobs = scope.ServiceProvider.GetRequiredService<UploadJobs>();
                await jobs.FailStaleAsync(Node, StaleAfter, stoppingToken);
                claimed = await jobs.ClaimNextAsync(Node, stoppingToken);
                if (claimed is { } id)
                {
                    log.LogInformation("Running upload job {Job} on {Node}", id, Node);
                    await jobs.RunAsync(id, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                log.LogWarning(exception, "The upload job runner will try again shortly");
            }
            if (claimed is null)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
