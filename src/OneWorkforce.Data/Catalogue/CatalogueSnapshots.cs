using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OneWorkforce.Data.Catalogue;

/// <summary>
/// Values computed from the whole catalogue (the progression index, the coverage report, the
/// spelling vocabulary), kept in memory on this node until the catalogue's <see cref="ChangeStamp"/>
/// changes. Each read costs one primary-key lookup; after a change the first reader rebuilds
/// while others wait for that one build rather than start their own.
/// </summary>
public sealed class CatalogueSnapshots(ILogger<CatalogueSnapshots> logger)
{
    private sealed record Entry(string Stamp, object Value);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _building = new();

    public async Task<T> GetAsync<T>(OneWorkforceDbContext db, string key, Func<CancellationToken, Task<T>> build, CancellationToken cancellationToken = default)
    {
        var stamp = await StampAsync(db, cancellationToken);
        if (_entries.TryGetValue(key, out var entry) && entry.Stamp == stamp)
        {
            return (T)entry.Value;
        }
        var gate = _building.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_entries.TryGetValue(key, out entry) && entry.Stamp == stamp)
            {
                return (T)entry.Value;
            }
            var started = Stopwatch.GetTimestamp();
            var value = await build(cancellationToken);
            logger.LogInformation("Built the catalogue snapshot {Key} in {Milliseconds:0} ms", key, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            _entries[key] = new Entry(stamp, value!);
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops a snapshot that is no longer needed; the next reader builds it again.</summary>
    public void Forget(string key) => _entries.TryRemove(key, out _);

    /// <summary>Whether the snapshot <paramref name="key"/> has been built for the catalogue as it is now.</summary>
    public async Task<bool> IsCurrentAsync(OneWorkforceDbContext db, string key, CancellationToken cancellationToken = default) =>
        _entries.TryGetValue(key, out var entry) && entry.Stamp == await StampAsync(db, cancellationToken);

    /// <summary>The catalogue's current stamp ("none" on a database made without the schema scripts).</summary>
    public static async Task<string> StampAsync(OneWorkforceDbContext db, CancellationToken cancellationToken = default) =>
        await db.Set<ChangeStamp>().AsNoTracking().Where(s => s.Name == ChangeStamp.Catalogue).Select(s => s.Stamp)
            .FirstOrDefaultAsync(cancellationToken) ?? "none";
}
