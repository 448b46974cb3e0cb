using System.Threading.Channels;

namespace OneWorkforce.Data.Workforce;

/// <summary>
/// Writes checked rows into a staging table on a second thread while the upload's first thread reads and checks the next
/// ones, so a large file uses both cores. Rows go across in batches through a small bounded channel (memory stays flat);
/// the table is only ever written by the one writer thread, and a failure there stops the reading too.
/// </summary>
internal sealed class StagingPipe : IAsyncDisposable
{
    private const int BatchSize = 2_000;
    private readonly Channel<List<(int File, long Row, object?[] Values)>> _channel =
        Channel.CreateBounded<List<(int, long, object?[])>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
    private readonly Task _writer;
    private List<(int File, long Row, object?[] Values)> _batch = new(BatchSize);

    public StagingPipe(StagingTable table, CancellationToken cancellationToken)
    {
        _writer = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in _channel.Reader.ReadAllAsync(cancellationToken))
                {
                    foreach (var (file, row, values) in batch)
                    {
                        table.Add(file, row, values);
                    }
                }
            }
            catch (Exception e)
            {
                _channel.Writer.TryComplete(e);
                throw;
            }
        }, cancellationToken);
    }

    public async ValueTask AddAsync(int file, long row, object?[] values, CancellationToken cancellationToken)
    {
        _batch.Add((file, row, values));
        if (_batch.Count == BatchSize)
        {
            await _channel.Writer.WriteAsync(_batch, cancellationToken);
            _batch = new(BatchSize);
        }
    }

    /// <summary>Sends the last rows and waits until every row is in the table.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_batch.Count > 0)
        {
            await _channel.Writer.WriteAsync(_batch, cancellationToken);
            _batch = [];
        }
        _channel.Writer.Complete();
        await _writer;
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        try
        {
            await _writer;
        }
        catch (Exception) when (_writer.IsFaulted || _writer.IsCanceled)
        {
            // Already reported to the reading side, or the upload was cancelled.
        }
    }
}
