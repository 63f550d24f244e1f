S	string
R		[^"]+	t58
R		""	t58
R		"	t58	o1
S	dotted
R		[]+	t98
R		\.	t78
R		[A-Z][']*(?=[]*\.)	t31
R		[A-Z][']*	t24	o1
R		[a-z]['0-9_a-z]*	t22	o1
R				o1
S	root
R		[]+	t98
R		false|true|\(\)|\[\]	t38
R		\(\*	t79	p(comment)
R		(?<![])(Projections|Monomorphic|Polymorphic|Proposition|CoInductive|Hypothesis|CoFixpoint|Contextual|Definition|Parameters|Hypotheses|Structure|Inductive|Corollary|Implicits|Parameter|Variables|Arguments|Canonical|Printing|Coercion|Reserved|Universe|Notation|Instance|Fixpoint|Variable|Morphism|Relation|Existing|Implicit|Example|Theorem|Delimit|Defined|Rewrite|outside|Require|Resolve|Section|Context|Prenex|Strict|Module|Import|Export|Global|inside|Remark|Tactic|Search|Record|Scope|Unset|Check|Local|Close|Class|Graph|Proof|Lemma|Print|Axiom|Show|Goal|Open|Fact|Hint|Bind|Ltac|Save|View|Let|Set|All|End|Qed)(?![])	t18			1
R		(?<![])(exists2|nosimpl|struct|exists|return|forall|match|cofix|then|with|else|for|fix|let|fun|end|is|of|if|in|as)(?![])	t15			1
R		(?<![])(Type|Prop)(?![])	t21			1
R		(?<![])(native_compute|setoid_rewrite|etransitivity|econstructor|transitivity|autorewrite|constructor|cutrewrite|vm_compute|bool_congr|generalize|inversion|induction|injection|nat_congr|intuition|destruct|suffices|erewrite|symmetry|nat_norm|replace|rewrite|compute|pattern|trivial|without|assert|unfold|change|eapply|intros|unlock|revert|rename|refine|eauto|tauto|after|right|congr|split|field|simpl|intro|clear|apply|using|subst|case|left|suff|loss|wlog|have|fold|ring|move|lazy|elim|pose|auto|red|cbv|hnf|cut|set)(?![])	t15			1
R		(?<![])(contradiction|discriminate|reflexivity|assumption|congruence|romega|omega|exact|solve|tauto|done|by)(?![])	t19			1
R		(?<![])(repeat|first|idtac|last|try|do)(?![])	t20			1
R		(?<![])([A-Z][']*)	t22			1
R		(\u03BB|\u03A0|\|\}|\{\||\\\/|\/\\|=>|~|\}|\|\]|\||\{<|\{|`|_|\]|\[\||\[>|\[<|\[|\?\?|\?|>\}|>\]|>|=|<->|<-|<|;;|;|:>|:=|::|:|\.\.|\.|->|-\.|-|,|\+|\*|\)|\(|&&|&|#|!=)	t75			1
R		([\$-\&\*-\+\-\/\<-\>\@\^\|]|[\!\?\~])?[\!\$-\&\*-\+\--\/\:\<-\@\^\|\~]	t75			1
R		(?<![])(unit|nat|bool|string|ascii|list)(?![])	t21			1
R		[^[^]][']*	t22
R		[\p{Nd}][_\p{Nd}]*	t71
R		0[Xx][A-Fa-f\p{Nd}][A-F_a-f\p{Nd}]*	t70
R		0[Oo][0-7][0-7_]*	t73
R		0[Bb][0-1][0-1_]*	t68
R		-?[\p{Nd}][_\p{Nd}]*([^\n][_\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}][_\p{Nd}]*)	t69			2
R		'(?:(\\[ "'\\bnrt])|(\\[0-9]{3})|(\\x[0-9A-Fa-f]{2}))'	t55			3
R		'[^\n]'	t55
R		'	t15
R		"	t58	p(string)
R		[\?\~][a-z][']*:	t22
S	comment
R		[^\(-\*]+	t79
R		\(\*	t79	p()
R		\*\)	t79	o1
R		[\(-\*]	t79
