using System.Text.Json;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Data.Workforce;

/// <summary>
/// Collects an upload's messages without holding them in memory: each goes to a temporary file (one JSON
/// line each) and only the counts by code stay in memory, so a million bad rows cost disk, not memory.
/// </summary>
public sealed class UploadMessageLog : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"oneworkforce-messages-{Guid.NewGuid():N}.jsonl");
    private readonly StreamWriter writer;
    private readonly Dictionary<string, int> counts = [];

    public UploadMessageLog()
    {
        writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.None));
    }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public IReadOnlyDictionary<string, int> CountsByCode => counts;

    public void Add(UploadMessage message)
    {
        if (message.Severity == Severity.Error)
        {
            Errors++;
        }
        else
        {
            Warnings++;
        }
        counts[message.Code] = counts.GetValueOrDefault(message.Code) + 1;
        writer.WriteLine(JsonSerializer.Serialize(message));
    }

    /// <summary>Every message, in the order they were given.</summary>
    public IEnumerable<UploadMessage> ReadAll()
    {
        writer.Flush();
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            yield return JsonSerializer.Deserialize<UploadMessage>(line)!;
        }
    }

    public void Dispose()
    {
        writer.Dispose();
        File.Delete(path);
    }
}
