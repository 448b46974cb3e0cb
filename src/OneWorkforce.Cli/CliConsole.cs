using System.Text;

namespace OneWorkforce.Cli;

/// <summary>
/// Where the commands write. The real console in the command-line program; writers of the caller's when the commands
/// run inside another process (the tests run them in-process, several at once, so this flows with the async call).
/// </summary>
public static class CliConsole
{
    private static readonly AsyncLocal<Redirect?> Current = new();

    private sealed record Redirect(TextWriter Out, TextWriter Error);

    public static TextWriter Out => Current.Value?.Out ?? Console.Out;

    public static TextWriter Error => Current.Value?.Error ?? Console.Error;

    /// <summary>Standard output as bytes (for CSV and JSON streamed out); UTF-8 text into <see cref="Out"/> when redirected.</summary>
    public static Stream OpenStandardOutput() => Current.Value is { } redirect ? new WriterStream(redirect.Out) : Console.OpenStandardOutput();

    internal static IDisposable RedirectTo(TextWriter output, TextWriter error)
    {
        var before = Current.Value;
        Current.Value = new Redirect(output, error);
        return new Restore(() => Current.Value = before);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    private sealed class WriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => writer.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            var chars = new char[decoder.GetCharCount(buffer, offset, count)];
            decoder.GetChars(buffer, offset, count, chars, 0);
            writer.Write(chars);
        }
    }
}
