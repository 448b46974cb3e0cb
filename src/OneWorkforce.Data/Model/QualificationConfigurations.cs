using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Data.Model;

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> qualification)
    {
        qualification.Property(q => q.Reference).HasMaxLength(40);
        qualification.Property(q => q.Number).HasMaxLength(12);
        qualification.Property(q => q.LevelCode).HasMaxLength(20);
        qualification.Property(q => q.TypeCode).HasMaxLength(40);
        qualification.Property(q => q.Status).HasMaxLength(20);
        qualification.Property(q => q.Source).HasMaxLength(20);
        qualification.Property(q => q.AgeFocus).HasMaxLength(100);
        qualification.Property(q => q.Notes).HasMaxLength(10_000);
        qualification.Property(q => q.SourceUrl).HasMaxLength(2_000);
        qualification.HasIndex(q => q.Reference).IsUnique();
        qualification.HasIndex(q => q.Number);
        qualification.HasIndex(q => q.TitleKey);
        qualification.HasIndex(q => q.VersionGroup);
        qualification.HasIndex(q => new { q.LevelCode, q.Status });
        qualification.HasOne(q => q.AwardingBody).WithMany().HasForeignKey(q => q.AwardingBodyId).OnDelete(DeleteBehavior.Restrict);
        qualification.HasOne<Level>().WithMany().HasForeignKey(q => q.LevelCode).OnDelete(DeleteBehavior.Restrict);
        qualification.HasOne<Qualification>().WithMany().HasForeignKey(q => q.ReplacedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AwardingBodyConfiguration : IEntityTypeConfiguration<AwardingBody>
{
    public void Configure(EntityTypeBuilder<AwardingBody> body)
    {
        body.HasIndex(b => b.Key).IsUnique();
        body.HasMany(b => b.Aliases).WithOne().HasForeignKey(a => a.AwardingBodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AwardingBodyAliasConfiguration : IEntityTypeConfiguration<AwardingBodyAlias>
{
    public void Configure(EntityTypeBuilder<AwardingBodyAlias> alias)
    {
        alias.HasIndex(a => a.Key).IsUnique();
    }
}

internal sealed class DuplicateReviewConfiguration : IEntityTypeConfiguration<DuplicateReview>
{
    public void Configure(EntityTypeBuilder<DuplicateReview> review)
    {
        review.Property(r => r.Decision).HasMaxLength(20);
        review.Property(r => r.DecidedBy).HasMaxLength(256);
        review.HasIndex(r => new { r.FirstId, r.SecondId }).IsUnique();
        review.HasOne<Qualification>().WithMany().HasForeignKey(r => r.FirstId).OnDelete(DeleteBehavior.Cascade);
        review.HasOne<Qualification>().WithMany().HasForeignKey(r => r.SecondId).OnDelete(DeleteBehavior.Cascade);
    }
}
