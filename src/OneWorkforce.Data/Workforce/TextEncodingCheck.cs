using System.Text.Unicode;

namespace OneWorkforce.Data.Workforce;

public enum TextKind
{
    Utf8,
    Windows1252,
    /// <summary>Part UTF-8 and part something else: no single reading is right.</summary>
    Mixed,
    /// <summary>Not text: NUL bytes, as in a binary file or UTF-16 without a byte order mark.</summary>
    Binary,
    /// <summary>UTF-16 or UTF-32 with a byte order mark, which the CSV reader reads itself.</summary>
    UnicodeWithMark,
}

/// <summary>
/// Tells what a CSV upload's bytes are, in one streaming pass with constant memory: UTF-8 (with or
/// without a byte order mark), Windows-1252 (Excel's plain "CSV" on English Windows), a mix of the two
/// (refused: some letters would come out wrong whichever way it is read), or not text at all.
/// </summary>
public static class TextEncodingCheck
{
    public static TextKind Classify(Stream stream)
    {
        var buffer = new byte[1 << 20];
        var carried = 0;
        var first = true;
        var validMultiByte = false;
        var invalid = false;
        int read;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0 || carried > 0)
        {
            var length = carried + read;
            var span = buffer.AsSpan(0, length);
            if (first)
            {
                first = false;
                if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                {
                    return TextKind.UnicodeWithMark;
                }
            }
            if (span.IndexOf((byte)0) >= 0)
            {
                return TextKind.Binary;
            }
            var end = read == 0 ? length : CompleteLength(span);
            var chunk = span[..end];
            if (!Utf8.IsValid(chunk))
            {
                invalid = true;
                validMultiByte |= HasValidMultiByte(chunk);
            }
            else if (!System.Text.Ascii.IsValid(chunk))
            {
                validMultiByte = true;
            }
            if (invalid && validMultiByte)
            {
                return TextKind.Mixed;
            }
            carried = length - end;
            span[end..].CopyTo(buffer);
            if (read == 0)
            {
                break;
            }
        }
        return invalid ? TextKind.Windows1252 : TextKind.Utf8;
    }

    /// <summary>The length up to the last byte that cannot start an unfinished UTF-8 sequence (at most 3 bytes are held back).</summary>
    private static int CompleteLength(ReadOnlySpan<byte> span)
    {
        for (var back = 1; back <= Math.Min(3, span.Length); back++)
        {
            var b = span[^back];
            if (b < 0x80)
            {
                return span.Length;
            }
            if (b >= 0xC0)
            {
                return span.Length - back;
            }
        }
        return span.Length;
    }

    private static bool HasValidMultiByte(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var need = b switch { >= 0xC2 and <= 0xDF => 1, >= 0xE0 and <= 0xEF => 2, >= 0xF0 and <= 0xF4 => 3, _ => 0 };
            if (need == 0)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k <= need; k++)
            {
                if (i + k >= bytes.Length || (bytes[i + k] & 0xC0) != 0x80)
                {
                    ok = false;
                    break;
                }
            }
            if (ok && Utf8.IsValid(bytes.Slice(i, need + 1)))
            {
                return true;
            }
        }
        return false;
    }
}
