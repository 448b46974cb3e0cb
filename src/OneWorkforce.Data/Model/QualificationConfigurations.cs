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
        qualification.Property(q => q.LevelRuleLevelCode).HasMaxLength(20);
        qualification.HasIndex(q => q.Reference).IsUnique();
        qualification.HasIndex(q => q.Number);
        qualification.HasIndex(q => q.TitleKey);
        qualification.HasIndex(q => q.VersionGroup);
        qualification.HasIndex(q => new { q.LevelCode, q.Status });
        // The order search results are listed in (current before withdrawn, then by title): a filter-only search reads it in order.
        qualification.HasIndex(q => new { q.Status, q.TitleKey, q.Reference });
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

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.ToTable("Units");
        unit.Property(u => u.Reference).HasMaxLength(40);
        unit.Property(u => u.LevelCode).HasMaxLength(20);
        unit.HasIndex(u => u.Reference).IsUnique();
        unit.HasOne<Level>().WithMany().HasForeignKey(u => u.LevelCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UnitGroupEntryConfiguration : IEntityTypeConfiguration<UnitGroupEntry>
{
    public void Configure(EntityTypeBuilder<UnitGroupEntry> group)
    {
        group.ToTable("UnitGroups");
        group.Property(g => g.Code).HasMaxLength(20);
        group.HasIndex(g => new { g.QualificationId, g.Code }).IsUnique();
        group.HasOne<Qualification>().WithMany().HasForeignKey(g => g.QualificationId).OnDelete(DeleteBehavior.Cascade);
        group.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UnitGroupMemberConfiguration : IEntityTypeConfiguration<UnitGroupMember>
{
    public void Configure(EntityTypeBuilder<UnitGroupMember> member)
    {
        member.ToTable("UnitGroupMembers");
        member.HasKey(m => new { m.GroupId, m.UnitId });
        member.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FrameworkMappingConfiguration : IEntityTypeConfiguration<FrameworkMapping>
{
    public void Configure(EntityTypeBuilder<FrameworkMapping> mapping)
    {
        mapping.Property(m => m.Strength).HasMaxLength(20);
        mapping.Property(m => m.Rationale).HasMaxLength(4000);
        mapping.Property(m => m.MappedBy).HasMaxLength(256);
        mapping.HasIndex(m => new { m.FrameworkAreaId, m.UnitId, m.QualificationId }).IsUnique();
        mapping.HasIndex(m => m.UnitId);
        mapping.HasIndex(m => m.QualificationId);
        mapping.HasOne<FrameworkArea>().WithMany().HasForeignKey(m => m.FrameworkAreaId).OnDelete(DeleteBehavior.Restrict);
        mapping.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
        mapping.HasOne<Qualification>().WithMany().HasForeignKey(m => m.QualificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleQualificationConfiguration : IEntityTypeConfiguration<RoleQualification>
{
    public void Configure(EntityTypeBuilder<RoleQualification> link)
    {
        link.HasKey(l => new { l.RoleId, l.QualificationId });
        link.Property(l => l.Significance).HasMaxLength(20);
        link.Property(l => l.Note).HasMaxLength(4000);
        link.HasIndex(l => l.QualificationId);
        link.HasOne<Role>().WithMany().HasForeignKey(l => l.RoleId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<Qualification>().WithMany().HasForeignKey(l => l.QualificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
