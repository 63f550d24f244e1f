S	string
R		[^"]+	t3108			0
R		""	t3108			0
R		"	t3108	o1		0
S	dotted
R		[]+	t8000			0
R		\.	t5000			0
R		[A-Z][']*(?=[]*\.)	t2009			0
R		[A-Z][']*	t2002	o1		0
R		[a-z]['0-9_a-z]*	t2000	o1		0
R				o1		0
S	root
R		[]+	t8000			0
R		false|true|\(\)|\[\]	t2101			0
R		\(\*	t6000	p(comment)		0
R		(?<![])(Projections|Monomorphic|Polymorphic|Proposition|CoInductive|Hypothesis|CoFixpoint|Contextual|Definition|Parameters|Hypotheses|Structure|Inductive|Corollary|Implicits|Parameter|Variables|Arguments|Canonical|Printing|Coercion|Reserved|Universe|Notation|Instance|Fixpoint|Variable|Morphism|Relation|Existing|Implicit|Example|Theorem|Delimit|Defined|Rewrite|outside|Require|Resolve|Section|Context|Prenex|Strict|Module|Import|Export|Global|inside|Remark|Tactic|Search|Record|Scope|Unset|Check|Local|Close|Class|Graph|Proof|Lemma|Print|Axiom|Show|Goal|Open|Fact|Hint|Bind|Ltac|Save|View|Let|Set|All|End|Qed)(?![])	t1003			1
R		(?<![])(exists2|nosimpl|struct|exists|return|forall|match|cofix|then|with|else|for|fix|let|fun|end|is|of|if|in|as)(?![])	t1000			1
R		(?<![])(Type|Prop)(?![])	t1006			1
R		(?<![])(native_compute|setoid_rewrite|etransitivity|econstructor|transitivity|autorewrite|constructor|cutrewrite|vm_compute|bool_congr|generalize|inversion|induction|injection|nat_congr|intuition|destruct|suffices|erewrite|symmetry|nat_norm|replace|rewrite|compute|pattern|trivial|without|assert|unfold|change|eapply|intros|unlock|revert|rename|refine|eauto|tauto|after|right|congr|split|field|simpl|intro|clear|apply|using|subst|case|left|suff|loss|wlog|have|fold|ring|move|lazy|elim|pose|auto|red|cbv|hnf|cut|set)(?![])	t1000			1
R		(?<![])(contradiction|discriminate|reflexivity|assumption|congruence|romega|omega|exact|solve|tauto|done|by)(?![])	t1004			1
R		(?<![])(repeat|first|idtac|last|try|do)(?![])	t1005			1
R		(?<![])([A-Z][']*)	t2000			1
R		(\u03BB|\u03A0|\|\}|\{\||\\\/|\/\\|=>|~|\}|\|\]|\||\{<|\{|`|_|\]|\[\||\[>|\[<|\[|\?\?|\?|>\}|>\]|>|=|<->|<-|<|;;|;|:>|:=|::|:|\.\.|\.|->|-\.|-|,|\+|\*|\)|\(|&&|&|#|!=)	t4000			1
R		([\$-\&\*-\+\-\/\<-\>\@\^\|]|[\!\?\~])?[\!\$-\&\*-\+\--\/\:\<-\@\^\|\~]	t4000			1
R		(?<![])(unit|nat|bool|string|ascii|list)(?![])	t1006			1
R		[^[^]][']*	t2000			0
R		[\p{Nd}][_\p{Nd}]*	t3204			0
R		0[Xx][A-Fa-f\p{Nd}][A-F_a-f\p{Nd}]*	t3203			0
R		0[Oo][0-7][0-7_]*	t3206			0
R		0[Bb][0-1][0-1_]*	t3201			0
R		-?[\p{Nd}][_\p{Nd}]*([^\n][_\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}][_\p{Nd}]*)	t3202			2
R		'(?:(\\[ "'\\bnrt])|(\\[0-9]{3})|(\\x[0-9A-Fa-f]{2}))'	t3105			3
R		'[^\n]'	t3105			0
R		'	t1000			0
R		"	t3108	p(string)		0
R		[\?\~][a-z][']*:	t2000			0
S	comment
R		[^\(-\*]+	t6000			0
R		\(\*	t6000	p()		0
R		\*\)	t6000	o1		0
R		[\(-\*]	t6000			0
