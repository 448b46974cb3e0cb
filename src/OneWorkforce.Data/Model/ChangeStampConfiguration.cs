using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Data.Catalogue;

namespace OneWorkforce.Data.Model;

internal sealed class ChangeStampConfiguration : IEntityTypeConfiguration<ChangeStamp>
{
    public void Configure(EntityTypeBuilder<ChangeStamp> stamp)
    {
        stamp.ToTable("ChangeStamps");
        stamp.HasKey(s => s.Name);
        stamp.Property(s => s.Name).HasMaxLength(60);
        stamp.Property(s => s.Stamp).HasMaxLength(60);
    }
}
