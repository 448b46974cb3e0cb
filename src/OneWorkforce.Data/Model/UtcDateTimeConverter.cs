using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OneWorkforce.Data.Model;

/// <summary>Every stored time is UTC; values read back are marked as UTC on both providers.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
